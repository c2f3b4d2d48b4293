/**
 * The process definitions' implementation: the JSON format, the rules checked against the catalogue, the store,
 * resolution, the Centre's pages and the demo definitions.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.processing.internal;
