/**
 * Dossiers (issue #6; DOS-1, DOS-2, DOS-8, AUTH-5, STORE-1, LOOK-3): the dossier aggregate and its life-cycle,
 * the dossier code, intake on every channel (desk, postal, online portal, National Portal), components and
 * their files, the receipt and appointment slip and the other slips of the one-stop desk, and the applicant's
 * personal data store.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.dossier.DossierLifecycle}: the one transition table (states
 *       {@link vn.dvc.portal.dossier.DossierStatus} with their national codes, actions
 *       {@link vn.dvc.portal.dossier.DossierAction}, the event of each edge);</li>
 *   <li>{@link vn.dvc.portal.dossier.Dossiers}: read a dossier ({@link vn.dvc.portal.dossier.DossierView}) and
 *       drive the processing edges;</li>
 *   <li>{@link vn.dvc.portal.dossier.Channel}: the channels with their national codes;</li>
 *   <li>the events, all {@link vn.dvc.portal.dossier.DossierEvent}s.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.dossier;
