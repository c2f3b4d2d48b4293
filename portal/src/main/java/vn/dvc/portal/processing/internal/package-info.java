/**
 * Processing's implementation: the process definitions (the JSON format, the rules checked against the catalogue,
 * the store, resolution, the Centre's pages) and the runtime — the {@link ProcessingCase} aggregate, the actions on
 * it, inboxes, slips. The demo data is in {@code internal.demo}, which nothing here imports.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.processing.internal;
