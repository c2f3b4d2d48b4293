/**
 * The daily reconciliation with the National Portal (#15, INT-1, INT-2, OPS-1): for each agency and national status,
 * the province's count of the dossiers received in a period against the National Portal's ({@code TraCuuHoSo}, list
 * form per agency, then by code for what the lists leave out), each differing dossier listed by code with the kind of
 * difference; the reports are stored, shown to the Centre at {@code /quan-tri/doi-soat-dvcqg} and downloaded as an
 * Excel workbook. docs/integration-reconciliation.md.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.integration.internal.reconciliation;
