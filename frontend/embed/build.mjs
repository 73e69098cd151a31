// Builds the /embed page's script and style sheet (frontend/embed/embed.ts with the Leaflet element it uses) into
// src/main/resources/org/khorasanatlas/embed/assets/, committed like Vaadin's bundles so that building the app
// needs no Node. The SOURCES file records a hash of every source file; EmbedAssetsTest fails when it is stale.
// Run from the project folder: .ci/build-embed.sh (installs esbuild and the pinned Leaflet packages first).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

// The packages live outside the project's own node_modules (Vaadin's build owns that one).
const modules = resolve(process.env.EMBED_NODE_MODULES ?? 'target/embed-npm/node_modules');
const { build } = createRequire(join(modules, 'package.json'))('esbuild');
const out = 'src/main/resources/org/khorasanatlas/embed/assets';
const folders = ['frontend/leaflet', 'frontend/embed'];

await build({
  entryPoints: { embed: 'frontend/embed/embed.ts' },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  outdir: out,
  nodePaths: [modules],
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'eof',
  logLevel: 'warning',
});

// The same hash as EmbedAssetsTest: SHA-256 over each source file's path and bytes, in path order.
const hash = createHash('sha256');
folders
  .flatMap((folder) => readdirSync(folder).map((name) => join(folder, name).replaceAll('\\', '/')))
  .sort()
  .forEach((path) => {
    hash.update(path + '\n');
    hash.update(readFileSync(path));
  });
writeFileSync(join(out, 'SOURCES'), hash.digest('hex') + '\n');
