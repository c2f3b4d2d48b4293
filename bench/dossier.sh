#!/usr/bin/env bash
# Benchmark (not a test): dossier receptions per second (code issued, appointment computed, stored, Form 01
# rendered) and Form 01 PDFs per second, on the whole application with its embedded PostgreSQL.
# Goals (#6): >= 300 receptions/s and >= 100 Form 01/s on the project machine.
# Usage: bench/dossier.sh [threads=8] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -o -pl portal -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd portal
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.dvc.portal.dossier.internal.DossierBenchmark "$@"
