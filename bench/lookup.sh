#!/usr/bin/env bash
# Benchmark (not a test): public dossier look-ups per second over HTTP against a bare endpoint that returns a
# constant behind the same filters, in the same run, and the look-up's latency at a fixed 300 requests/s; also
# unknown vs malformed codes. The whole application with the demo catalogue on its embedded PostgreSQL, the rate
# limit off. Goals (#8): look-ups >= 0.5x the constant endpoint, p99 <= 50 ms at 300 requests/s.
# Usage: bench/lookup.sh [threads=8] [seconds=15] [dossiers=200] [off|counted]   (counted: the rate limit counts, never refuses)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -o -pl portal -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd portal
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.dvc.portal.lookup.bench.LookupBenchmark "$@"
