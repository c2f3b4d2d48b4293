#!/usr/bin/env bash
# Benchmark (JMH, not a test): due-date computations per second on one core (#3 goal: >= 100,000/s).
# Usage: bench/calendar.sh   (builds the test classes first; takes about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -pl portal -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd portal
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main CalendarBenchmark -t 1 "$@"
