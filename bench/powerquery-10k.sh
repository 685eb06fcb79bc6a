#!/usr/bin/env bash
# A benchmark, not a test: a 10 000-row PowerQuery end to end (powerquery tool -> SentinelOne adapter ->
# HTTPS -> sandbox console, all in one JVM), several runs, time per run and peak heap.
#
#   bench/powerquery-10k.sh [runs] [warm-up runs] [rows]      (defaults: 7 2 10000)
#   JAVA_OPTS="-Xmx256m" bench/powerquery-10k.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="./mvnw -B -q ${MVN_OFFLINE--o}"
# Compiled in the reactor, never installed: an installed module would shadow the checkout in other builds.
$MVN test-compile -Dspotless.check.skip=true -pl adapters-sentinelone,console-sandbox -am
# The run-time classpath by hand (Jackson and slf4j are the only third-party jars), so no extra plugin is needed.
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
JACKSON="$(version jackson.version)"
SLF4J="$(version slf4j.version)"
CP="adapters-sentinelone/target/test-classes:adapters-sentinelone/target/classes"
CP="$CP:ports/target/classes:domain/target/classes:console-sandbox/target/classes"
for artifact in core/jackson-core core/jackson-databind core/jackson-annotations; do
  name="${artifact#core/}"
  jar="$M2/com/fasterxml/jackson/core/$name/$JACKSON/$name-$JACKSON.jar"
  [[ -f "$jar" ]] || jar="$(ls "$M2/com/fasterxml/jackson/core/$name/"*"/$name-"*.jar | grep -F "/${JACKSON%.*}" | tail -1)"
  CP="$CP:$jar"
done
CP="$CP:$M2/org/slf4j/slf4j-api/$SLF4J/slf4j-api-$SLF4J.jar"
# The test sources bring an in-memory log capture; the benchmark logs nothing instead.
exec java ${JAVA_OPTS:--Xmx512m} -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider \
  -cp "$CP" io.purplemcp.adapters.sentinelone.bench.PowerQuery10k "$@"
