/**
 * Accounts and sign-in (issue #5): applicants (individuals and organisations) and officers, their roles
 * and assurance levels, sign-in with a password and a TOTP second factor, registration with a one-time code, sessions shared by
 * every node (PostgreSQL), and the account page.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.identity.Role}: the roles, each a Spring authority {@code ROLE_<name>};</li>
 *   <li>{@link vn.dvc.portal.platform.AssuranceLevel} (shared, in the platform, because procedures require a level too): how well an account's identity is established;</li>
 *   <li>{@link vn.dvc.portal.identity.SignedInUser} and {@link vn.dvc.portal.identity.CurrentUser}: who is
 *       signed in on this request;</li>
 *   <li>{@link vn.dvc.portal.identity.Accounts}: look an account up by id, or the nationally identified account
 *       of a citizen ID number;</li>
 *   <li>the event {@link vn.dvc.portal.identity.NationalIdentityLinked}: an account was linked to a national
 *       identity (the number only as a keyed hash);</li>
 *   <li>{@link vn.dvc.portal.identity.StepUp} (and {@link vn.dvc.portal.identity.StepUpRequired}): require a
 *       higher assurance level before a page, which sends the user through the second factor and back;</li>
 *   <li>{@link vn.dvc.portal.identity.Delegations} and {@link vn.dvc.portal.identity.Delegation}: a leader lets a
 *       deputy act for a period;</li>
 *   <li>{@link vn.dvc.portal.identity.NotificationPort}: how one-time codes leave the portal (the
 *       notification module provides it, with e-mail and SMS);</li>
 *   <li>{@link vn.dvc.portal.identity.CitizenIdNumber} and {@link vn.dvc.portal.identity.TaxCode}: the
 *       formats of the citizen ID number (CCCD) and of the tax/enterprise code.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and sign-in")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.identity;
