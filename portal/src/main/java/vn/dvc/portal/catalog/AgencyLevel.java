package vn.dvc.portal.catalog;

/**
 * A government level of the agency tree, held as data (since 1 July 2025 Vietnam has two local levels, so no
 * code may assume three).
 *
 * @param code  stable code, e.g. {@code PROVINCE}, {@code DEPARTMENT}, {@code DISTRICT}, {@code COMMUNE},
 *              {@code SERVICE_CENTRE}, {@code ONE_STOP_UNIT}
 * @param name  Vietnamese name, e.g. "Cấp xã"
 * @param rank  depth order, 1 for the province
 */
public record AgencyLevel(String code, String name, int rank) {
}
