#!/usr/bin/env bash
# Benchmark (plain Java, not a test): catalogue search p50/p95/p99 over 10,000 generated procedures on an
# embedded PostgreSQL, against a bare SQL query of the same kind (#4 goal: search p95 <= 30 ms at the database).
# Usage: bench/catalog-search.sh [iterations, default 1000]   (builds the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -o -pl portal -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd portal
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.dvc.portal.catalog.bench.CatalogSearchBenchmark "$@"
