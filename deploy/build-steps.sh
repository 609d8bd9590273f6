#!/usr/bin/env bash
# The build steps of the container image (Dockerfile runs exactly this script), runnable on any machine with
# JDK 17 and Maven: builds the shaded eet.jar and installs it with a launcher under PREFIX.
#   deploy/build-steps.sh PREFIX        (the image uses PREFIX=/opt/eet)
set -euo pipefail
prefix="${1:?usage: build-steps.sh PREFIX}"
cd "$(dirname "$0")/.."
mvn -B -q ${EET_MVN_OPTS:-} -pl eet-examples -am package -DskipTests
mkdir -p "$prefix/lib" "$prefix/bin"
cp eet-examples/target/eet.jar "$prefix/lib/eet.jar"
cat > "$prefix/bin/eet" <<'LAUNCHER'
#!/bin/sh
# eet launcher installed by deploy/build-steps.sh
here="$(cd "$(dirname "$0")/.." && pwd)"
exec java ${JAVA_OPTS:-} -jar "$here/lib/eet.jar" "$@"
LAUNCHER
chmod +x "$prefix/bin/eet"
echo "installed $prefix/bin/eet"
