/**
 * Processing (issue #7; DOS-3 … DOS-7). This part: the process definitions (quy trình nội bộ) each procedure is
 * handled by — ordered steps, the role and unit responsible, each step's time allotment and the actions allowed
 * there — validated against the procedure's legal time limit, versioned, importable and exportable as JSON, and
 * edited by the Centre. The runtime (step instances, inboxes, actions) follows.
 *
 * <p>Public API of the module:
 * <ul>
 *   <li>{@link vn.dvc.portal.processing.Processes}: the definition a new dossier follows (most specific first)
 *       and the exact version a started dossier keeps;</li>
 *   <li>records {@link vn.dvc.portal.processing.ProcessDefinition}, {@link vn.dvc.portal.processing.ProcessStep},
 *       enum {@link vn.dvc.portal.processing.StepAction};</li>
 *   <li>event {@link vn.dvc.portal.processing.ProcessDefinitionPublished}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processing")
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.processing;
