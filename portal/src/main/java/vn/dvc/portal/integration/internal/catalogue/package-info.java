/**
 * The catalogue pull (#15 item 4, INT-1, CAT-4): the reference lists and the province's procedures fetched from the
 * National Portal ({@code LayDanhMucLinhVuc}, {@code LayDanhMucCoQuan}, {@code LayDanhSachTTHC}, {@code LayThuTuc})
 * and fed through the catalogue's own import ({@code catalog.CatalogueImports}); scheduled on one node, or started by
 * the Centre, with its progress on a page.
 */
@org.jspecify.annotations.NullMarked
package vn.dvc.portal.integration.internal.catalogue;
