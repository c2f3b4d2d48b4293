/**
 * National Portal integration (#15, INT-1, INT-2, QA-6, LOOK-4, OPS-1): the provincial system as the back office
 * behind the National Public Service Portal (dichvucong.gov.vn). It speaks the national adapter's protocol
 * (../shared/spec/NATIONAL-PORTAL.md; session, then named services) through one client
 * ({@code internal.client.NationalPortalClient}): the outbound per-dossier ledger of life-cycle messages and its
 * worker, questions and answers, the monthly ratings summary, the catalogue pull and the daily reconciliation.
 * An empty {@code DVC_NATIONAL_PORTAL_URL} turns it off. The National Portal is played by {@code national-sim/} in
 * development and tests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National Portal integration")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.integration;
