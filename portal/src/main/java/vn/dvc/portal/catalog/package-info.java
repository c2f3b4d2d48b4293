/**
 * The catalogue (issue #4; CAT-1 … CAT-5): agencies as an effective-dated tree with successor links, and the
 * administrative procedures (versioned), searchable in Vietnamese and importable from the national database.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.catalog.Agencies} and {@link vn.dvc.portal.catalog.Agency}: the agency tree, its
 *       levels (data, not code), contacts, Q&amp;A contact (QA-7), validity and successors; the subtree check
 *       used for officers' scopes;</li>
 *   <li>{@link vn.dvc.portal.catalog.Procedures} and {@link vn.dvc.portal.catalog.Procedure}: a procedure's
 *       published version or a given version (dossiers keep the version they were received under), with its
 *       cases, ways of submitting, time limits, fees, components, e-form fields, cut-off time and required
 *       assurance level;</li>
 *   <li>events {@link vn.dvc.portal.catalog.ProcedurePublished}, {@link vn.dvc.portal.catalog.ProcedureWithdrawn}
 *       and {@link vn.dvc.portal.catalog.AgencySucceeded}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.catalog;
