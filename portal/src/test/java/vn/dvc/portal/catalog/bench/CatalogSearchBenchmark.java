package vn.dvc.portal.catalog.bench;

import vn.dvc.portal.catalog.internal.SearchBenchmarkRun;

/**
 * Catalogue search over 10,000 generated procedures on an embedded PostgreSQL: p50/p95/p99 of the portal's
 * search (folded text, trigram indexes, typo tolerance, ranking) and of a bare SQL query of the same kind.
 * Goal: p95 ≤ 30 ms at the database. Not a test; run {@code bench/catalog-search.sh [iterations]}.
 */
public final class CatalogSearchBenchmark {

    private CatalogSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SearchBenchmarkRun.run(args.length > 0 ? Integer.parseInt(args[0]) : 1_000);
    }
}
