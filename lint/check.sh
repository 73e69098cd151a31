#!/usr/bin/env bash
# Type check (tsc --noEmit) and lint (ESLint) of frontend/; ./mvnw verify runs it (skip: -Dfrontend.lint.skip).
# Needs Node 20 or newer on the PATH; its tools are installed into lint/node_modules from lint/package-lock.json
# on the first run and whenever the lock file changes.
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || true)
if [ -z "$major" ] || [ "$major" -lt 20 ]; then
  echo "The frontend lint needs Node 20 or newer on the PATH (found: ${major:-none}); skip it with -Dfrontend.lint.skip" >&2
  exit 1
fi
if [ ! lint/node_modules/.package-lock.json -nt lint/package-lock.json ]; then
  npm ci --prefix lint --no-audit --no-fund --loglevel=error
fi
echo "[lint] tsc --noEmit (lint/tsconfig.json)"
lint/node_modules/.bin/tsc --noEmit -p lint/tsconfig.json
echo "[lint] eslint frontend/"
lint/node_modules/.bin/eslint -c lint/eslint.config.mjs frontend
