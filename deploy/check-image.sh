#!/usr/bin/env bash
# Checks the container image definition without a container engine: runs the image's build steps
# (deploy/build-steps.sh, which the Dockerfile's RUN calls) into a temporary prefix, then runs four nodes the way
# compose.yaml does (the image's ENTRYPOINT + CMD on configs from `eet node init`), here on 127.0.0.1 instead of
# one host per service, drives one trade through the HTTP API, and stops every node with SIGTERM (exit 0 each).
# Every wait is bounded. Usage: deploy/check-image.sh [BASE_PORT]   (default 7400)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-7400}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-image: $*" >&2; exit 1; }

# 1. the image definition and compose file say what this script does
grep -q '^RUN deploy/build-steps.sh /opt/eet$' deploy/Dockerfile || fail "Dockerfile does not run deploy/build-steps.sh"
grep -q '^ENTRYPOINT \["/opt/eet/bin/eet", "node"\]$' deploy/Dockerfile || fail "Dockerfile ENTRYPOINT changed"
grep -q '^CMD \["--config", "/node/config.json"\]$' deploy/Dockerfile || fail "Dockerfile CMD changed"
for k in 1 2 3 4; do
  grep -q "^  node$k:$" deploy/compose.yaml || fail "compose.yaml has no service node$k"
  grep -q "\"./net/node$k:/node\"" deploy/compose.yaml || fail "compose.yaml does not mount net/node$k"
  grep -q "\"$((7100 + 2 * (k - 1) + 1)):$((7100 + 2 * (k - 1) + 1))\"" deploy/compose.yaml \
    || fail "compose.yaml does not publish node$k's HTTP port"
done

# 2. the build stage
EET_MVN_OPTS="${EET_MVN_OPTS:-}" deploy/build-steps.sh "$work/opt/eet" >/dev/null
eet="$work/opt/eet/bin/eet"
[ -x "$eet" ] || fail "build steps did not install bin/eet"

# 3. the compose network's configs (one per node, as `--host node1,...` would write, on loopback here)
"$eet" node init --nodes 4 --dir "$work/net" --host 127.0.0.1 --base-port "$base" --period PT5S > "$work/init.json"
for k in 1 2 3 4; do
  [ -f "$work/net/node$k/config.json" ] || fail "node init wrote no net/node$k/config.json"
done

# 4. the containers: ENTRYPOINT + CMD with /node = net/nodeK
for k in 1 2 3 4; do
  "$eet" node --config "$work/net/node$k/config.json" > "$work/node$k.log" 2>&1 &
  pids+=($!)
done
http() { echo "http://127.0.0.1:$((base + 2 * ($1 - 1) + 1))"; }
for k in 1 2 3 4; do
  ok=""
  for _ in $(seq 1 120); do
    if curl -fsS "$(http $k)/health" >/dev/null 2>&1; then ok=1; break; fi
    sleep 0.5
  done
  [ -n "$ok" ] || { tail -20 "$work/node$k.log" >&2; fail "node$k never became healthy"; }
done

# 5. one trade through the API, committed on every node
curl -fsS -X POST -H 'Content-Type: application/json' "$(http 1)/orders" \
  -d '{"id":"S1","participant":"S1","side":"SELL","price":0.41,"reservePrice":0.34,"quantityKwh":220}' >/dev/null \
  || fail "POST /orders S1 was refused"
curl -fsS -X POST -H 'Content-Type: application/json' "$(http 2)/orders" \
  -d '{"id":"B1","participant":"B1","side":"BUY","price":0.53,"reservePrice":0.58,"quantityKwh":400}' >/dev/null \
  || fail "POST /orders B1 was refused"
for k in 1 2 3 4; do
  ok=""
  for _ in $(seq 1 120); do
    if curl -fsS "$(http $k)/orders/B1" 2>/dev/null | grep -q '"matched"\|"settled"'; then ok=1; break; fi
    sleep 0.5
  done
  [ -n "$ok" ] || fail "node$k never saw B1 matched"
done

# 6. docker stop: SIGTERM, clean exit 0
for i in 0 1 2 3; do
  kill -TERM "${pids[$i]}"
done
for i in 0 1 2 3; do
  code=0
  for _ in $(seq 1 60); do
    kill -0 "${pids[$i]}" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "${pids[$i]}" 2>/dev/null && fail "node$((i + 1)) did not stop within 30 s of SIGTERM"
  wait "${pids[$i]}" || code=$?
  [ "$code" -eq 0 ] || fail "node$((i + 1)) exited $code after SIGTERM"
  pids[$i]=""
done
echo "check-image: build steps, 4 nodes from the image's entrypoint, one trade over HTTP, clean SIGTERM: ok"
