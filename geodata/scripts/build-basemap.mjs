#!/usr/bin/env node
// Builds ../basemap/countries.geojson from world-atlas countries-50m.json
// (Natural Earth 1:50m Admin 0 countries, public domain).
//
// Output: FeatureCollection, one feature per world-atlas country geometry,
// properties exactly {"iso3": "AFG" | null, "name": "Afghanistan"},
// split at the antimeridian (no ring jumps across ±180; Antarctica closed
// along -90), coordinates rounded to 3 decimals, RFC 7946 winding, sorted by name.
// Fails loudly on anything unexpected; prints counts and the file size.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import {
  assert, fail, roundPolygonal, countVertices, writeFeatureCollection, formatBytes, splitAntimeridian,
} from './geo-utils.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SOURCE = require.resolve('world-atlas/countries-50m.json');
const OUT = path.resolve(here, '../basemap/countries.geojson');
const PRECISION = 3;

// world-atlas has no ISO 3166-1 numeric id for these Natural Earth units
// (they have no ISO code). They are kept, with iso3 null. We deliberately do
// NOT invent user-assigned codes (XKX, CYN, SOL, ...) so that iso3 is always
// either a real ISO 3166-1 alpha-3 code or null.
const EXPECTED_WITHOUT_ID = new Set([
  'Indian Ocean Ter.', // Australian Indian Ocean Territories (Christmas/Cocos)
  'Kosovo',
  'N. Cyprus',
  'Siachen Glacier', // disputed India/Pakistan
  'Somaliland',
]);

// Numeric ids that legitimately appear on more than one world-atlas feature.
// 036 = Australia and "Ashmore and Cartier Is." (an Australian external
// territory that Natural Earth lists as its own admin-0 unit). Both are kept
// as separate features with iso3 "AUS".
const EXPECTED_SHARED_IDS = new Map([['036', ['Ashmore and Cartier Is.', 'Australia']]]);

// Features with rings that cross the antimeridian in one piece (consecutive
// vertices ~360° apart): Chukotka and Wrangel Island (Russia), one small
// island of Fiji, and Antarctica's ring round the South Pole. They are split
// at ±180 (Antarctica closed along -90) so planar maps and planar
// point-in-polygon work; see splitAntimeridian() in geo-utils.mjs. The build
// fails if a different set of features needs it, so someone looks again.
const EXPECTED_ANTIMERIDIAN = ['Antarctica', 'Fiji', 'Russia'];

const topology = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
assert(topology.type === 'Topology', `${SOURCE} is not a TopoJSON Topology`);
assert(topology.objects && topology.objects.countries, 'world-atlas topology has no "countries" object');

const input = feature(topology, topology.objects.countries);
assert(input.type === 'FeatureCollection', 'topojson feature() did not return a FeatureCollection');
const inputCount = input.features.length;
console.log(`read ${inputCount} country features from ${path.relative(process.cwd(), SOURCE)}`);

const seenWithoutId = new Set();
const byId = new Map();
const out = [];
let droppedRingsTotal = 0;
let droppedPolygonsTotal = 0;
let vertices = 0;
const antimeridian = [];

for (const f of input.features) {
  const name = f.properties && f.properties.name;
  assert(typeof name === 'string' && name.length > 0, `feature with id ${f.id} has no name`);
  const extraKeys = Object.keys(f.properties).filter((k) => k !== 'name');
  assert(extraKeys.length === 0, `${name}: unexpected properties ${extraKeys.join(', ')}`);
  assert(f.geometry, `${name}: null geometry`);

  let iso3 = null;
  if (f.id === undefined || f.id === null || f.id === '') {
    assert(EXPECTED_WITHOUT_ID.has(name), `${name}: has no numeric id and is not in EXPECTED_WITHOUT_ID`);
    assert(!seenWithoutId.has(name), `${name}: appears twice without an id`);
    seenWithoutId.add(name);
  } else {
    assert(/^\d{3}$/.test(String(f.id)), `${name}: unexpected id format ${JSON.stringify(f.id)}`);
    iso3 = countries.numericToAlpha3(String(f.id)) || null;
    assert(iso3, `${name}: numeric id ${f.id} is unknown to i18n-iso-countries`);
    if (!byId.has(f.id)) byId.set(f.id, []);
    byId.get(f.id).push(name);
  }

  const split = splitAntimeridian(f.geometry, name);
  if (split.stats.jumpRings > 0) antimeridian.push({ name, ...split.stats });
  const { geometry, droppedRings, droppedPolygons } = roundPolygonal(split.geometry, PRECISION);
  if (!geometry) fail(`${name}: geometry vanished after rounding to ${PRECISION} decimals`);
  droppedRingsTotal += droppedRings;
  droppedPolygonsTotal += droppedPolygons;
  vertices += countVertices(geometry);

  out.push({ type: 'Feature', properties: { iso3, name }, geometry });
}

for (const name of EXPECTED_WITHOUT_ID) {
  assert(seenWithoutId.has(name), `expected id-less feature "${name}" not found (world-atlas changed?)`);
}
for (const [id, names] of byId) {
  if (names.length === 1) continue;
  const expected = EXPECTED_SHARED_IDS.get(id);
  assert(
    expected && JSON.stringify([...names].sort()) === JSON.stringify(expected),
    `numeric id ${id} is shared by unexpected features: ${names.join(', ')}`,
  );
}

{
  const got = antimeridian.map((a) => a.name).sort();
  assert(
    JSON.stringify(got) === JSON.stringify(EXPECTED_ANTIMERIDIAN),
    `features crossing the antimeridian changed: ${got.join(', ')} (expected ${EXPECTED_ANTIMERIDIAN.join(', ')})`,
  );
}

// Deterministic order: by name, then iso3 (names are unique in world-atlas).
out.sort((a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0));
const names = out.map((f) => f.properties.name);
assert(new Set(names).size === names.length, 'duplicate country names in output');
assert(out.length === inputCount, `feature count changed: ${inputCount} in, ${out.length} out`);

const bytes = writeFeatureCollection(OUT, out);
console.log(
  `wrote ${out.length} features (${out.length - seenWithoutId.size} with iso3, ${seenWithoutId.size} with iso3 null: `
  + `${[...seenWithoutId].sort().join(', ')})`,
);
console.log(
  `vertices: ${vertices}; rings dropped by ${PRECISION}-decimal rounding: ${droppedRingsTotal} `
  + `(of which whole islands/polygons: ${droppedPolygonsTotal})`,
);
for (const a of antimeridian) {
  console.log(
    `antimeridian: ${a.name}: ${a.jumpRings} ring(s) with a >180° jump split at ±180 `
    + `(${a.poleRings} closed along the pole, ${a.degeneratePoleRings} zero-area pole line(s) dropped); `
    + `polygons ${a.polygonsIn} -> ${a.polygonsOut}`,
  );
}
console.log(`${path.relative(process.cwd(), OUT)}: ${bytes} bytes (${formatBytes(bytes)})`);
