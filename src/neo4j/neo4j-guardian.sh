#!/bin/sh
# Runs the embedded Neo4j JVM and makes sure it never outlives the process that started it.
# Usage: neo4j-guardian.sh <java> <java arguments...>
# Prints the JVM's pid on its first line. Stops the JVM (SIGTERM, a clean Neo4j shutdown) when:
#   - it receives SIGTERM, SIGINT or SIGHUP, or
#   - its standard input reaches end of file: the parent closed the pipe or died, however it died.
exec 3<&0
java_command="$1"
shift
"$java_command" "$@" </dev/null >&2 &
jvm=$!
echo "$jvm"
stop_jvm() { kill -TERM "$jvm" 2>/dev/null; }
trap stop_jvm TERM INT HUP
{ while IFS= read -r _; do :; done; stop_jvm; } <&3 &
watcher=$!
exec 3<&-
status=0
while kill -0 "$jvm" 2>/dev/null; do
  wait "$jvm"
  status=$?
done
kill "$watcher" 2>/dev/null
exit "$status"
