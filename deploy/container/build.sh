#!/usr/bin/env bash
# Builds the OCI image of purple-mcp from the release archive, without pulling any base image:
# the root filesystem is the release unpacked at /opt/purple-mcp, the few shared libraries its Java
# runtime links against, the dynamic loader, the C.UTF-8 locale, /etc/passwd and /etc/group with
# the user nonroot (65532), and an empty /tmp. No shell, no package manager.
#
# Usage: deploy/container/build.sh [options] [RELEASE_ARCHIVE]
#   RELEASE_ARCHIVE   purple-mcp-<version>-linux-x64.tar.gz
#                     (default: the one in distribution/target, made by ./mvnw -B verify)
#   --version V       the image version (default: from the archive's name)
#   --out DIR         where the OCI archive goes (default: beside the release archive)
#   --name NAME       the image name (default: localhost/purple-mcp); the tag is the version
#   --source URL      org.opencontainers.image.source (default: $PURPLEMCP_IMAGE_SOURCE, else the
#                     repository's git remote "origin"; left out when neither is known)
#
# Writes <out>/purple-mcp-<version>-linux-x64-oci.tar (podman load -i / docker load -i) and leaves
# the image NAME:<version> in podman's local storage. File times in the image and its creation time
# are SOURCE_DATE_EPOCH, by default the time the release archive gives its files, so the same
# archive gives the same image. Needs podman (installed from Debian when missing and run as root).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=podman-env.sh
. "$here/podman-env.sh"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

archive="" version="" out="" name="localhost/purple-mcp" source_url="${PURPLEMCP_IMAGE_SOURCE:-}"
while [ $# -gt 0 ]; do
    case $1 in
        --version) version=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --name) name=$2; shift 2 ;;
        --source) source_url=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        -*) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
        *) archive=$1; shift ;;
    esac
done

if [ -z "$archive" ]; then
    archive=$(single_build_output 'purple-mcp-*-linux-x64.tar.gz' "./mvnw -B verify") || exit 2
fi
[ -f "$archive" ] || { echo "no such release archive: $archive" >&2; exit 2; }
archive=$(cd "$(dirname "$archive")" && pwd)/$(basename "$archive")
if [ -z "$version" ]; then
    base=$(basename "$archive")
    if [[ $base =~ ^purple-mcp-(.+)-linux-x64\.tar\.gz$ ]]; then
        version=${BASH_REMATCH[1]}
    else
        echo "cannot tell the version from '$base': pass --version" >&2
        exit 2
    fi
fi
out=${out:-$(dirname "$archive")}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -z "$source_url" ] && git -C "$repo" remote get-url origin >/dev/null 2>&1; then
    source_url=$(git -C "$repo" remote get-url origin)
fi
# The libraries come from this machine, so it must be the release's platform.
if [ "$(uname -m)" != x86_64 ]; then
    echo "the linux-x64 image copies this machine's C libraries: build it on x86_64, not $(uname -m)" >&2
    exit 2
fi

podman_setup
work=$(mktemp -d "${TMPDIR:-/tmp}/purple-mcp-image.XXXXXX")
trap 'rm -rf "$work" "$PODMAN_CONF_DIR"' EXIT

echo "== Release $archive (version $version)"
rootfs=$work/rootfs
app=/opt/purple-mcp
mkdir -p "$rootfs$app"
top="purple-mcp-$version"
tar -xzf "$archive" -C "$rootfs$app" --strip-components=1 --no-same-owner "$top/"
for required in lib/purple-mcp.jar lib/jvm.options runtime/bin/java runtime/lib/server/libjvm.so; do
    [ -f "$rootfs$app/$required" ] || { echo "the archive lacks $top/$required" >&2; exit 1; }
done
# Everything readable by the unprivileged user, nothing writable but by root.
chmod -R u+w,a+rX,go-w "$rootfs$app"
rt=$rootfs$app/runtime

# The reproducible time: the one the release gives its files (they all share it), unless
# SOURCE_DATE_EPOCH says otherwise. The JVM refuses an ahead-of-time cache whose jar has a
# different time than at training, so with one in the release the jar's time wins.
jar_time=$(stat -c %Y "$rootfs$app/lib/purple-mcp.jar")
epoch=${SOURCE_DATE_EPOCH:-$jar_time}
aot=false
if [ -f "$rootfs$app/lib/purple-mcp.aot" ]; then
    aot=true
    if [ "$epoch" != "$jar_time" ]; then
        echo "note: SOURCE_DATE_EPOCH=$epoch ignored: lib/purple-mcp.aot needs the jar's own time ($jar_time)" >&2
        epoch=$jar_time
    fi
fi

echo "== Shared libraries"
# Every ELF file of the runtime, except java.desktop's AWT, font, image and sound libraries: this
# headless server never loads them, and they alone pull in X11, freetype, harfbuzz, ALSA and more.
# They stay in the runtime (it is the release's, as its SBOM lists it); only their dependencies are
# left out. ldd gives each file's whole closure; the runtime's own libraries are already there.
desktop='^lib(awt|awt_headless|awt_xawt|fontmanager|freetype|javajpeg|jawt|jsound|lcms|mlib_image|splashscreen)\.so$'
is_elf() { [ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')" = 7f454c46 ]; }
rt_real=$(readlink -f "$rt")
declare -A needed=()
skipped=()
while IFS= read -r -d '' file; do
    is_elf "$file" || continue
    if [[ $(basename "$file") =~ $desktop ]]; then
        skipped+=("$(basename "$file")")
        continue
    fi
    listing=$(LD_LIBRARY_PATH="$rt/lib/server:$rt/lib" ldd "$file" 2>&1) || {
        # ldd fails on a static file; anything else it cannot read is an error.
        grep -q 'not a dynamic executable\|statically linked' <<<"$listing" && continue
        echo "ldd failed on ${file#"$rootfs"}: $listing" >&2
        exit 1
    }
    if grep -q 'not found' <<<"$listing"; then
        echo "${file#"$rootfs"} needs a library this machine lacks:" >&2
        grep 'not found' <<<"$listing" >&2
        exit 1
    fi
    while read -r path; do
        [ -n "$path" ] || continue
        case $(readlink -f "$path") in "$rt_real"/*) continue ;; esac
        needed[$path]=1
    done < <(sed -n -e 's/^.* => \(\/[^ ]*\) (0x.*$/\1/p' -e 's/^[[:space:]]*\(\/[^ ]*\) (0x.*$/\1/p' <<<"$listing")
done < <(find "$rt" -type f -print0 | sort -z)
echo "left out (never loaded by the server): ${skipped[*]:-none}"

# Each library at its real path, with the symbolic link it is known by (libstdc++.so.6 ->
# libstdc++.so.6.0.30; /lib64 -> usr/lib64 on a merged-/usr system), as on this machine.
copy_host_file() {
    local path=$1 real dir first link
    real=$(readlink -f "$path")
    first=/$(cut -d/ -f2 <<<"$path")
    if [ -L "$first" ] && [ ! -e "$rootfs$first" ] && [ ! -L "$rootfs$first" ]; then
        link=$(readlink "$first")
        ln -s "${link#/}" "$rootfs$first"
    fi
    mkdir -p "$rootfs$(dirname "$real")"
    [ -e "$rootfs$real" ] || cp -L --preserve=mode "$real" "$rootfs$real"
    dir=$(readlink -f "$(dirname "$path")")
    if [ "$dir/$(basename "$path")" != "$real" ] && [ ! -e "$rootfs$dir/$(basename "$path")" ]; then
        mkdir -p "$rootfs$dir"
        ln -sr "$rootfs$real" "$rootfs$dir/$(basename "$path")"
    fi
    [ -e "$rootfs$path" ] || { echo "$path does not resolve inside the image" >&2; exit 1; }
}
for path in $(printf '%s\n' "${!needed[@]}" | sort); do
    copy_host_file "$path"
    printf '  %-40s %s\n' "$path" "$(readlink -f "$path")"
done

# The licences of what was copied from Debian travel with it (NOTICE points here).
for path in $(printf '%s\n' "${!needed[@]}" | sort); do
    # dpkg knows a file by the path its package installed; on a merged-/usr system that may be
    # the /lib one, the /usr/lib one, or the name behind a version link.
    real=$(readlink -f "$path")
    package=""
    for candidate in "$path" "$real" "${real#/usr}" "$(dirname "$path")/$(basename "$real")"; do
        package=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$package" ] && break
    done
    if [ -n "$package" ] && [ -f "/usr/share/doc/$package/copyright" ]; then
        mkdir -p "$rootfs/usr/share/doc/$package"
        cp "/usr/share/doc/$package/copyright" "$rootfs/usr/share/doc/$package/copyright"
    else
        echo "no Debian copyright file found for $path" >&2
        exit 1
    fi
done

# C.UTF-8: the runtime takes the encoding of file names, stdout and stderr (JDK 17: also the default
# charset) from the locale; in the plain C locale the server's non-ASCII log lines (e.g. its check
# marks) would turn into '?'. glibc has only C built in, so the locale's files come along (400 KB).
lang=""
if [ -d /usr/lib/locale/C.utf8 ]; then
    mkdir -p "$rootfs/usr/lib/locale"
    cp -R /usr/lib/locale/C.utf8 "$rootfs/usr/lib/locale/"
    lang=C.UTF-8
fi

# The user, the name service lookups the JVM makes (user.name, user.home), and the mount points.
mkdir -p "$rootfs"/{etc,tmp,dev,proc,sys,run,home/nonroot}
cat >"$rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
cat >"$rootfs/etc/group" <<'EOF'
root:x:0:
nonroot:x:65532:
EOF
cat >"$rootfs/etc/nsswitch.conf" <<'EOF'
passwd: files
group: files
hosts: files dns
EOF
chmod 644 "$rootfs"/etc/{passwd,group,nsswitch.conf}
chmod 1777 "$rootfs/tmp"
chmod 700 "$rootfs/home/nonroot"
find "$rootfs" -path "$rootfs$app" -prune -o -exec touch -h -d "@$epoch" {} +

# One layer: owned by root, but the home directory, which belongs to nonroot.
tar -C "$rootfs" --sort=name --numeric-owner --owner=0 --group=0 --exclude=./home/nonroot -cf "$work/rootfs.tar" .
tar -C "$rootfs" --numeric-owner --owner=65532 --group=65532 -rf "$work/rootfs.tar" ./home/nonroot

entrypoint=("$app/runtime/bin/java" "@$app/lib/jvm.options")
if $aot; then
    entrypoint+=("-XX:AOTCache=$app/lib/purple-mcp.aot")
fi
entrypoint+=(-jar "$app/lib/purple-mcp.jar" --mode streamable-http --host 0.0.0.0 --port 8000 --allow-remote-access)
json_array() {
    local first=1 item
    printf '['
    for item in "$@"; do
        [ $first -eq 1 ] || printf ', '
        first=0
        printf '"%s"' "$item"
    done
    printf ']'
}
created=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)
{
    echo 'FROM scratch'
    echo 'ADD rootfs.tar /'
    echo "LABEL org.opencontainers.image.title=\"purple-mcp\" \\"
    echo "      org.opencontainers.image.description=\"purple-mcp for Java: a read-only MCP server for a SentinelOne console (Streamable HTTP on port 8000)\" \\"
    echo "      org.opencontainers.image.version=\"$version\" \\"
    echo "      org.opencontainers.image.created=\"$created\" \\"
    [ -z "$source_url" ] || echo "      org.opencontainers.image.source=\"$source_url\" \\"
    echo "      org.opencontainers.image.licenses=\"MIT\""
    [ -z "$lang" ] || echo "ENV LANG=$lang"
    echo 'USER 65532:65532'
    echo 'EXPOSE 8000/tcp'
    echo "ENTRYPOINT $(json_array "${entrypoint[@]}")"
    echo 'CMD []'
} >"$work/Containerfile"
echo "== Containerfile"
grep -v '^ADD' "$work/Containerfile"

image="$name:$version"
echo "== Image $image"
previous=$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
podman build --quiet --pull=never --no-cache --format oci --timestamp "$epoch" \
    -f "$work/Containerfile" -t "$image" "$work" >/dev/null
# A rebuild from another archive leaves the former image untagged: remove it unless a container uses it.
if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$image")" ]; then
    podman rmi "$previous" >/dev/null 2>&1 || true
fi
[ -n "$source_url" ] || echo "note: no org.opencontainers.image.source label: pass --source URL" >&2

# The metadata as podman reports it, checked against what the image must have.
config=$(podman image inspect --format '{{.Config.User}}|{{json .Config.Entrypoint}}|{{json .Config.Cmd}}|{{json .Config.ExposedPorts}}' "$image")
expected="65532:65532|$(json_array "${entrypoint[@]}" | sed 's/, /,/g')|null|{\"8000/tcp\":{}}"
expected_empty_cmd="65532:65532|$(json_array "${entrypoint[@]}" | sed 's/, /,/g')|[]|{\"8000/tcp\":{}}"
if [ "$config" != "$expected" ] && [ "$config" != "$expected_empty_cmd" ]; then
    echo "unexpected image configuration:" >&2
    echo "  got      $config" >&2
    echo "  expected $expected" >&2
    exit 1
fi
podman image inspect --format 'user {{.Config.User}}
entrypoint {{json .Config.Entrypoint}}
cmd {{json .Config.Cmd}}
env {{json .Config.Env}}
ports {{json .Config.ExposedPorts}}
labels {{json .Labels}}
created {{.Created}}
id {{.Id}}' "$image"

oci="$out/purple-mcp-$version-linux-x64-oci.tar"
rm -f "$oci"
podman save --quiet --format oci-archive -o "$work/oci.tar" "$image"
# The blobs are reproducible already; repacked with sorted names and one time, so is the archive.
# podman names the image in org.opencontainers.image.ref.name; docker load (containerd) reads the
# name from io.containerd.image.name, so index.json gets that too.
mkdir "$work/oci"
tar -C "$work/oci" -xf "$work/oci.tar"
ref="\"org.opencontainers.image.ref.name\":\"$image\""
grep -qF "$ref" "$work/oci/index.json" || { echo "unexpected index.json: $(cat "$work/oci/index.json")" >&2; exit 1; }
sed -i "s|$ref|\"io.containerd.image.name\":\"$image\",$ref|" "$work/oci/index.json"
mapfile -t entries < <(cd "$work/oci" && ls)
tar -C "$work/oci" --format=ustar --sort=name --mtime="@$epoch" --numeric-owner --owner=0 --group=0 \
    -cf "$oci" "${entries[@]}"
size=$(podman image inspect --format '{{.Size}}' "$image")
tar_size=$(stat -c %s "$oci")
echo "== Size"
echo "image (uncompressed): $size bytes ($(numfmt --to=iec-i --suffix=B "$size"))"
echo "OCI archive:          $tar_size bytes ($(numfmt --to=iec-i --suffix=B "$tar_size")) $oci"
