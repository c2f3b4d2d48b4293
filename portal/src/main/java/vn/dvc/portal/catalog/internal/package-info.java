/**
 * The catalogue's implementation: stores, the national-record importer, search, the public pages, the API
 * and the Centre's administration.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.catalog.internal;
