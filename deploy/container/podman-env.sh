# shellcheck shell=bash
# Sourced by build.sh and smoke-test.sh (bash): installs what they need from Debian when it is
# missing and sets podman up the way it works on these machines (deploy/container/README.md, "Smoke test").
#
#   * crun refuses the hybrid cgroup layout here: containers run with --runtime runc.
#   * rlimits: a containers.conf with an empty default_ulimits list, plus --ulimit host on run.
#
# Nothing here pulls an image: the image is built from a local root filesystem.

# require_commands CMD[:DEBIAN_PACKAGE]...: installs the packages of the missing commands (root only).
require_commands() {
    local missing=() spec cmd pkg
    for spec in "$@"; do
        cmd=${spec%%:*}
        pkg=${spec#*:}
        if ! command -v "$cmd" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$cmd" ] && [ ! -x "/usr/bin/$cmd" ]; then
            missing+=("$pkg")
        fi
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "missing ${missing[*]}: install them (Debian: apt-get install -y --no-install-recommends ${missing[*]})" >&2
        return 1
    fi
    echo "installing from Debian: ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# podman_setup: makes sure podman and runc are there and points CONTAINERS_CONF at a private file.
# Sets PODMAN_CONF_DIR (a temp directory the caller removes) and PODMAN_RUN_FLAGS.
podman_setup() {
    require_commands podman:podman runc:runc
    PATH="$PATH:/usr/sbin:/sbin"
    PODMAN_CONF_DIR=$(mktemp -d "${TMPDIR:-/tmp}/purple-mcp-podman.XXXXXX")
    printf '[containers]\ndefault_ulimits = []\n' >"$PODMAN_CONF_DIR/containers.conf"
    export CONTAINERS_CONF="$PODMAN_CONF_DIR/containers.conf"
    # shellcheck disable=SC2034 # used by the scripts that source this file
    PODMAN_RUN_FLAGS=(--runtime runc --ulimit host)
}

# The one file matching a glob under distribution/target, or a clear error naming what makes it.
# Usage: file=$(single_build_output 'purple-mcp-*-linux-x64.tar.gz' "./mvnw -B verify")
single_build_output() {
    local pattern=$1 made_by=$2 candidates
    shopt -s nullglob
    # shellcheck disable=SC2206 # the glob is meant to expand
    candidates=("$repo"/distribution/target/$pattern)
    shopt -u nullglob
    if [ "${#candidates[@]}" -ne 1 ]; then
        echo "no single $pattern in distribution/target (found ${#candidates[@]}): run $made_by," \
             "or pass the file's path" >&2
        return 2
    fi
    printf '%s\n' "${candidates[0]}"
}
