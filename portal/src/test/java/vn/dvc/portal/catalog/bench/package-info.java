/** The catalogue's search benchmark (not a test). */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.catalog.bench;
