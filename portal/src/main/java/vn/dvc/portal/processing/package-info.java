/**
 * Processing (issue #7; DOS-3 … DOS-7): the process definitions (quy trình nội bộ) each procedure is handled by
 * — ordered steps, the role and unit responsible, each step's time allotment and the actions allowed there —
 * validated against the procedure's legal time limit, versioned, importable and exportable as JSON, and edited
 * by the Centre; and the runtime: a case and its steps per received dossier, the officers' inboxes and actions,
 * the pausable appointment, the apology, inter-agency transfer, the slips (Forms 02–06) and accountability
 * comments. It moves the dossier only through the dossier module's API.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.processing.Processes}: the definition a new dossier follows (most specific first)
 *       and the exact version a started dossier keeps;</li>
 *   <li>records {@link vn.dvc.portal.processing.ProcessDefinition}, {@link vn.dvc.portal.processing.ProcessStep},
 *       enum {@link vn.dvc.portal.processing.StepAction};</li>
 *   <li>events {@link vn.dvc.portal.processing.ProcessDefinitionPublished} and
 *       {@link vn.dvc.portal.processing.ApologyIssued}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processing")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.processing;
