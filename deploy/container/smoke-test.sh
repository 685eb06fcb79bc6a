#!/usr/bin/env bash
# Smoke test of the purple-mcp image: loads the OCI archive, runs the server in --demo mode (its
# built-in sandbox console, no credentials) with a read-only root filesystem, speaks MCP to it over
# Streamable HTTP, stops it with SIGTERM and checks that it ran as 65532 and exited gracefully.
#
# Usage: deploy/container/smoke-test.sh [OCI_ARCHIVE]
#        deploy/container/smoke-test.sh --image NAME:TAG     (an image already in podman's storage)
#   OCI_ARCHIVE defaults to the single distribution/target/purple-mcp-*-linux-x64-oci.tar.
#
# Run as root on Debian, it installs podman, runc and curl when they are missing. Podman runs as
# these machines need it (deploy/container/README.md, "Smoke test"): runc, default_ulimits = [] with --ulimit host,
# and the host's network, so the server listens on a free port of 127.0.0.1 and is probed there only.
# Removes its container, and the image when it loaded it, on exit.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=podman-env.sh
. "$here/podman-env.sh"

oci="" image=""
while [ $# -gt 0 ]; do
    case $1 in
        --image) image=$2; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) oci=$1; shift ;;
    esac
done
if [ -z "$image" ] && [ -z "$oci" ]; then
    oci=$(single_build_output 'purple-mcp-*-linux-x64-oci.tar' deploy/container/build.sh) || exit 2
fi

started=$SECONDS
status=FAIL
container="" loaded_id="" work=""
PODMAN_CONF_DIR=""
finish() {
    local rc=$?
    if [ -n "$container" ]; then
        if [ "$status" != PASS ]; then
            echo "--- container log (last 40 lines)" >&2
            podman logs --tail 40 "$container" >&2 2>&1 || true
        fi
        podman rm -f "$container" >/dev/null 2>&1 || true
    fi
    [ -z "$loaded_id" ] || podman rmi -f "$loaded_id" >/dev/null 2>&1 || true
    rm -rf "$work" "$PODMAN_CONF_DIR"
    [ "$rc" -eq 0 ] || status=FAIL
    echo "SMOKE TEST $status (${image:-no image}, $((SECONDS - started)) s)"
    exit "$rc"
}
trap finish EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

require_commands curl:curl podman:podman runc:runc   # one apt-get run on a fresh machine
podman_setup
work=$(mktemp -d "${TMPDIR:-/tmp}/purple-mcp-smoke.XXXXXX")

if [ -n "$oci" ]; then
    [ -f "$oci" ] || fail "no such OCI archive: $oci"
    before=$(podman images -q --no-trunc)
    loaded=$(podman load -q -i "$oci")
    image=$(sed -n 's/^Loaded image[^:]*: *//p' <<<"$loaded" | head -1)
    [ -n "$image" ] || fail "podman load named no image: $loaded"
    id=$(podman image inspect --format '{{.Id}}' "$image")
    # Remove the image on exit only when this test brought it in.
    grep -q "$id" <<<"$before" || loaded_id=$id
    ok "loaded $image from $(basename "$oci")"
fi
podman image exists "$image" || fail "no image $image"

# A free port below the ephemeral range, on which nothing listens.
listening=$(awk 'NR > 1 && $4 == "0A" { n = split($2, a, ":"); print a[n] }' /proc/net/tcp /proc/net/tcp6 2>/dev/null \
    | while read -r hex; do echo $((16#$hex)); done | sort -u)
low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range)
[ "$low" -gt 21000 ] || low=61000
port=""
for _ in $(seq 50); do
    candidate=$((20000 + RANDOM % (low - 20000)))
    grep -qx "$candidate" <<<"$listening" || { port=$candidate; break; }
done
[ -n "$port" ] || fail "found no free port"

# The image's entry point binds 0.0.0.0:8000; later arguments win, so on the host's network the
# server listens on 127.0.0.1:$port only. Every Linux capability dropped, no privilege escalation.
container=purple-mcp-smoke-$$
podman run -d --name "$container" "${PODMAN_RUN_FLAGS[@]}" --pull=never --network host --read-only \
    --cap-drop=all --security-opt=no-new-privileges \
    "$image" --demo --host 127.0.0.1 --port "$port" >/dev/null
base=http://127.0.0.1:$port

deadline=$((SECONDS + 60))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/health")" = 200 ]; do
    [ "$(podman inspect --format '{{.State.Running}}' "$container")" = true ] || fail "the container stopped while starting"
    [ "$SECONDS" -lt "$deadline" ] || fail "no 200 from $base/health within 60 s"
    sleep 0.2
done
ok "GET /health: 200 $(curl -s --max-time 5 "$base/health") after $((SECONDS - started)) s"

# The process as the host sees it: its user and its root mount.
pid=$(podman inspect --format '{{.State.Pid}}' "$container")
uids=$(awk '/^Uid:/ { print $2, $3, $4, $5 }' "/proc/$pid/status")
gids=$(awk '/^Gid:/ { print $2, $3, $4, $5 }' "/proc/$pid/status")
[ "$uids" = "65532 65532 65532 65532" ] || fail "the server runs as uid $uids, not 65532"
[ "$gids" = "65532 65532 65532 65532" ] || fail "the server runs as gid $gids, not 65532"
ok "the server runs as uid 65532, gid 65532 (/proc/$pid/status)"
root_options=$(awk '$5 == "/" { print $6 }' "/proc/$pid/mountinfo" | tail -1)
[[ ,$root_options, == *,ro,* ]] || fail "the root filesystem is mounted '$root_options', not read-only"
[ "$(podman inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$container")" = true ] || fail "ReadonlyRootfs is not set"
ok "the root filesystem is read-only (mount options $root_options)"
echo "     libraries mapped: $(awk '$6 ~ /\.so/ { n = split($6, p, "/"); print p[n] }' "/proc/$pid/maps" | sort -u | tr '\n' ' ')"

mcp() { # mcp NAME BODY [SESSION]: POSTs to /mcp, writes NAME.headers and NAME.body, prints the status.
    local headers=()
    [ -z "${3:-}" ] || headers=(-H "Mcp-Session-Id: $3" -H 'MCP-Protocol-Version: 2025-06-18')
    curl -sS --max-time 30 -o "$work/$1.body" -D "$work/$1.headers" -w '%{http_code}' \
        -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
        "${headers[@]}" --data-binary "$2" "$base/mcp"
}
code=$(mcp initialize '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"smoke","version":"1"}}}')
[ "$code" = 200 ] || fail "initialize: HTTP $code $(cat "$work/initialize.body")"
grep -q '"id":1,"result":{"protocolVersion":"2025-06-18"' "$work/initialize.body" || fail "initialize: $(cat "$work/initialize.body")"
session=$(awk -F': *' 'tolower($1) == "mcp-session-id" { print $2 }' "$work/initialize.headers" | tr -d '\r')
[ -n "$session" ] || fail "initialize: no Mcp-Session-Id header"
ok "initialize: $(grep -o '"serverInfo":{[^}]*}' "$work/initialize.body"), session ${session:0:8}..."

code=$(mcp initialized '{"jsonrpc":"2.0","method":"notifications/initialized"}' "$session")
[ "$code" = 202 ] || fail "notifications/initialized: HTTP $code"
ok "notifications/initialized: 202"

code=$(mcp tools '{"jsonrpc":"2.0","id":2,"method":"tools/list"}' "$session")
[ "$code" = 200 ] || fail "tools/list: HTTP $code"
tools=$(grep -o '"inputSchema"' "$work/tools.body" | wc -l)
[ "$tools" -eq 22 ] || fail "tools/list: $tools tools, expected 22"
grep -q '"name":"iso_to_unix_timestamp"' "$work/tools.body" || fail "tools/list: no iso_to_unix_timestamp"
ok "tools/list: $tools tools"

code=$(mcp call '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"iso_to_unix_timestamp","arguments":{"iso_datetime":"2025-01-01T00:00:00Z"}}}' "$session")
[ "$code" = 200 ] || fail "tools/call: HTTP $code"
if ! grep -q '"id":3,"result":{"content":\[{"type":"text","text":"1735689600000"}\]' "$work/call.body" \
    || ! grep -q '"isError":false' "$work/call.body"; then
    fail "tools/call iso_to_unix_timestamp: $(cat "$work/call.body")"
fi
ok "tools/call iso_to_unix_timestamp 2025-01-01T00:00:00Z: 1735689600000"

# One call through to the sandbox console over TLS: the runtime's crypto and certificates work.
code=$(mcp inventory '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"list_inventory_items","arguments":{"limit":1}}}' "$session")
if [ "$code" != 200 ] || ! grep -q '"id":4,"result":{.*"isError":false' "$work/inventory.body"; then
    fail "tools/call list_inventory_items: HTTP $code $(head -c 400 "$work/inventory.body")"
fi
ok "tools/call list_inventory_items: answered from the sandbox console over HTTPS"

podman kill --signal TERM "$container" >/dev/null
exit_code=$(timeout 30 podman wait "$container") || fail "the server did not stop within 30 s of SIGTERM"
[ "$exit_code" = 143 ] || fail "exit status after SIGTERM: $exit_code, expected 143"
ok "SIGTERM: the server stopped with exit status $exit_code"

# With an ahead-of-time cache in the image, the JVM must really map it at the image's paths.
entrypoint=$(podman image inspect --format '{{json .Config.Entrypoint}}' "$image")
if [[ $entrypoint == *AOTCache=* ]]; then
    loads=$(podman run --rm "${PODMAN_RUN_FLAGS[@]}" --pull=never --network none --read-only \
        --entrypoint /opt/purple-mcp/runtime/bin/java "$image" \
        @/opt/purple-mcp/lib/jvm.options -XX:AOTCache=/opt/purple-mcp/lib/purple-mcp.aot \
        -Xlog:class+load=info:stdout -jar /opt/purple-mcp/lib/purple-mcp.jar --version)
    grep -q ' io.purplemcp.bootstrap.Main source: shared objects file' <<<"$loads" \
        || fail "the JVM does not use /opt/purple-mcp/lib/purple-mcp.aot"
    ok "ahead-of-time cache: the server's classes come from lib/purple-mcp.aot"
fi

status=PASS
