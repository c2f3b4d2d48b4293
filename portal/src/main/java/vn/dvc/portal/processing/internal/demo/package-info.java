/**
 * The processing module's demo data, apart from the production code (issue #14): the demo process definitions
 * ({@link vn.dvc.portal.processing.internal.demo.ProcessDemoData}) and the 320 demo dossiers of the past year
 * ({@link vn.dvc.portal.processing.internal.demo.DemoDossiers}), each played by
 * {@link vn.dvc.portal.processing.internal.demo.DemoRunner} through the same services as a real dossier
 * ({@code CaseActions}, {@code CaseStore}, the dossier intake). Code here may use the module's internals; nothing
 * outside this package depends on it ({@code DemoBoundaryTest}).
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.processing.internal.demo;
