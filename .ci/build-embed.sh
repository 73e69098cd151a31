#!/usr/bin/env bash
# Rebuilds the /embed page's committed assets after a change in frontend/leaflet/ or frontend/embed/: installs
# esbuild and the Leaflet packages the add-on pins (versions as in leaflet.LeafletMap's @NpmPackage) into
# target/embed-npm, then runs frontend/embed/build.mjs. Needs node and npm on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
npm_dir=target/embed-npm
mkdir -p "$npm_dir"
(cd "$npm_dir" && npm install --no-audit --no-fund --silent \
  esbuild@0.28.2 leaflet@1.9.4 leaflet.markercluster@1.5.3 topojson-client@3.1.0)
EMBED_NODE_MODULES="$PWD/$npm_dir/node_modules" node frontend/embed/build.mjs
