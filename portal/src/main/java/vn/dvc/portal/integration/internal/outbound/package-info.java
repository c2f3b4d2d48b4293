/**
 * Outbound sync with an exactly-once effect (#15 item 2, INT-1, OPS-1): every entry of every dossier's history
 * becomes messages in a per-dossier ordered ledger ({@code integration_outbound_message}), written in the entry's
 * transaction ({@link vn.dvc.portal.integration.internal.outbound.LedgerWriter}); a worker
 * ({@link vn.dvc.portal.integration.internal.outbound.OutboundWorker}) delivers them in order per dossier, looks up
 * before it sends again what may already have taken effect, and leaves what the National Portal refuses for good to
 * the Centre's dead-letter page ({@code /quan-tri/dong-bo-dvcqg}). docs/integration.md, ADR 010.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.integration.internal.outbound;
