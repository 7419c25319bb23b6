#!/usr/bin/env bash
# Starts the packaged Tandem jar the way it starts fastest and smallest (README, "Start and memory"):
# extracted (no jar-in-jar class loading), with a class-data-sharing archive written by one training run per
# build, the serial collector, a bounded heap and the quick (C1) compiler. Arguments go to the app, e.g.
#   src/main/scripts/tandem.sh --spring.profiles.active=postgres,prod
#   src/main/scripts/tandem.sh --prepare    extracts and writes the archive only (e.g. before several nodes start)
# TANDEM_JAR     the jar (default: target/tandem-*.jar of this project)
# TANDEM_RUN_DIR where it is extracted (default: run/ beside the jar; rebuilt when the jar is newer)
# TANDEM_JAVA_OPTS replaces the JVM settings below (the archive is still used); JAVA_HOME picks the JVM
set -euo pipefail
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

project=$(cd "$(dirname "$0")/../../.." && pwd)
jar=${TANDEM_JAR:-$(ls "$project"/target/tandem-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "tandem.sh: no Tandem jar; build it with ./mvnw -q package -DskipTests (or set TANDEM_JAR)" >&2
  exit 1
fi
run=${TANDEM_RUN_DIR:-$(dirname "$jar")/run}
read -r -a opts <<< "${TANDEM_JAVA_OPTS:--XX:+UseSerialGC -Xmx384m -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1}"

if [ ! -f "$run/tandem.jar" ] || [ "$jar" -nt "$run/tandem.jar" ]; then
  rm -rf "$run"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$run" --application-filename tandem.jar >/dev/null
  touch "$run/tandem.jar"
fi

if [ ! -f "$run/tandem.jsa" ]; then
  # the training run starts the application context on a throw-away in-memory database and exits
  echo "tandem.sh: writing the class-data-sharing archive (once per build, about 30 s)" >&2
  if ! "$java" "${opts[@]}" -XX:ArchiveClassesAtExit="$run/tandem.jsa" -Dspring.context.exit=onRefresh \
      -jar "$run/tandem.jar" --spring.profiles.active=default --server.port=0 --tandem.demo.data=false \
      --spring.datasource.url="jdbc:h2:mem:cds-training;DB_CLOSE_DELAY=-1" >"$run/training.log" 2>&1; then
    echo "tandem.sh: the training run failed (see $run/training.log); starting without the archive" >&2
    rm -f "$run/tandem.jsa"
  fi
fi

if [ "${1:-}" = "--prepare" ]; then
  exit 0
fi

archive=()
if [ -f "$run/tandem.jsa" ]; then
  archive=(-XX:SharedArchiveFile="$run/tandem.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
exec "$java" "${opts[@]}" "${archive[@]}" -jar "$run/tandem.jar" "$@"
