#!/usr/bin/env bash
# Benchmark (not a test): the National Portal sync (#15 item 2) against national-sim on loopback — messages delivered
# per second when a backlog drains after the simulator was down, and the lag from a dossier event to the
# acknowledgement of its last message at a fixed rate of events (300/s by default). The whole application on its
# embedded PostgreSQL with the demo catalogue; the simulator is started as a process with 1 GB of heap.
# Usage: bench/national-sync.sh [dossiers=300] [backlog=5000] [rate=300] [seconds=30] [concurrency=16]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -o -pl national-sim package -DskipTests
./mvnw -B -q -o -pl portal -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd portal
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.dvc.portal.integration.bench.OutboundSyncBenchmark "$@"
