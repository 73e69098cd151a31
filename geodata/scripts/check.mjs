#!/usr/bin/env node
// Checks the generated files (run `npm run build` first). `npm test` runs it.
//  - both files are valid GeoJSON FeatureCollections with the expected shape
//  - size budgets
//  - no basemap ring crosses the antimeridian (no consecutive vertices more
//    than 180° of longitude apart) and every coordinate is within ±180/±90
//  - known places fall in the right country (exactly one basemap feature),
//    including both sides of the antimeridian, and open sea falls in none
//    and in/out of the right region features
//  - rebuilding gives byte-identical files (determinism); skip with --no-rebuild

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASEMAP = path.resolve(here, '../basemap/countries.geojson');
const REGION = path.resolve(here, '../region/khorasan.geojson');

let passed = 0;
let failed = 0;
function check(label, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` ${detail}` : ''}`);
}

function load(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    check(`${path.basename(file)} is readable JSON`, false, e.message);
    return null;
  }
}
const isPolygonal = (g) => g && (g.type === 'Polygon' || g.type === 'MultiPolygon');

// --- basemap ---------------------------------------------------------------
const basemap = load(BASEMAP);
if (basemap) {
  const size = fs.statSync(BASEMAP).size;
  check('basemap is a FeatureCollection', basemap.type === 'FeatureCollection');
  check('basemap has 241 features', basemap.features.length === 241, `(got ${basemap.features.length})`);
  check('basemap < 3 MiB', size < 3 * 1024 * 1024, `(${size} bytes)`);
  check(
    'basemap properties are exactly {iso3, name}',
    basemap.features.every((f) => JSON.stringify(Object.keys(f.properties)) === '["iso3","name"]'),
  );
  check(
    'basemap iso3 is a 3-letter code or null',
    basemap.features.every((f) => f.properties.iso3 === null || /^[A-Z]{3}$/.test(f.properties.iso3)),
  );
  check('basemap geometries are (Multi)Polygons', basemap.features.every((f) => isPolygonal(f.geometry)));
  let maxDecimals = 0;
  for (const m of JSON.stringify(basemap.features.map((f) => f.geometry.coordinates)).matchAll(/\.(\d+)/g)) {
    maxDecimals = Math.max(maxDecimals, m[1].length);
  }
  check('basemap coordinates have <= 3 decimals', maxDecimals <= 3, `(max ${maxDecimals})`);

  // Antimeridian: a planar map (Leaflet, JTS) draws an edge between ~+180 and
  // ~-180 straight across the world, so no ring may have such an edge.
  const jumps = [];
  let outOfRange = 0;
  for (const f of basemap.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 0; i < ring.length; i += 1) {
        const [x, y] = ring[i];
        if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) outOfRange += 1;
        if (i > 0 && Math.abs(x - ring[i - 1][0]) > 180) jumps.push(`${f.properties.name} ${JSON.stringify(ring[i - 1])}->${JSON.stringify(ring[i])}`);
      }
    }
  }
  check(
    'basemap has no ring with a longitude jump > 180° between consecutive vertices',
    jumps.length === 0,
    jumps.length ? `(${jumps.length}: ${jumps.slice(0, 3).join('; ')})` : '',
  );
  check('basemap coordinates are within [-180, 180] x [-90, 90]', outOfRange === 0, outOfRange ? `(${outOfRange} outside)` : '');

  // [label, lon, lat, expected iso3]
  const places = [
    ['Kabul', 69.17, 34.53, 'AFG'],
    ['Jalalabad', 70.45, 34.43, 'AFG'],
    ['Peshawar', 71.56, 34.01, 'PAK'],
    ['Quetta', 67.0, 30.18, 'PAK'],
    ['Kerman', 57.08, 30.28, 'IRN'],
    ['Crocus City Hall, Krasnogorsk', 37.39, 55.82, 'RUS'],
    // border towns, to prove the 50m detail is good enough there
    ['Torkham (Afghan side)', 71.07, 34.11, 'AFG'],
    ['Landi Kotal', 71.14, 34.10, 'PAK'],
    ['Spin Boldak', 66.39, 31.01, 'AFG'],
    ['Chaman', 66.45, 30.92, 'PAK'],
    ['Asadabad (Kunar)', 71.15, 34.87, 'AFG'],
    ['Khar (Bajaur)', 71.52, 34.73, 'PAK'],
    ['Herat', 62.20, 34.35, 'AFG'],
    ['Mashhad', 59.60, 36.30, 'IRN'],
    ['Zahedan', 60.86, 29.50, 'IRN'],
    ['Mazar-i-Sharif', 67.11, 36.71, 'AFG'],
    ['Termez', 67.28, 37.22, 'UZB'],
    ['Dushanbe', 68.78, 38.56, 'TJK'],
    ['Ashgabat', 58.38, 37.95, 'TKM'],
    ['Tashkent', 69.28, 41.31, 'UZB'],
    ['Bishkek', 74.59, 42.87, 'KGZ'],
    // both sides of the antimeridian (split there by build-basemap.mjs)
    ['Chukotka interior (eastern hemisphere)', 175.0, 67.0, 'RUS'],
    ['Provideniya (Chukotka, western hemisphere)', -173.23, 64.42, 'RUS'],
    ['Wrangel Island (eastern hemisphere part)', 179.5, 71.2, 'RUS'],
    ['Wrangel Island (western hemisphere part)', -179.0, 71.2, 'RUS'],
    ['Viti Levu interior', 178.0, -17.8, 'FJI'],
    ['Vanua Levu (western hemisphere part)', -179.9, -16.8, 'FJI'],
    ['Adak (Aleutians)', -176.64, 51.88, 'USA'],
    ['Vostok Station', 106.84, -78.46, 'ATA'],
    ['near the South Pole', 0, -89.5, 'ATA'],
    // stripes an unsplit ring would make across the map (planar): sea is in
    // no country, Greenland and Canada only in their own
    ['Norwegian Sea', 0, 67, null],
    ['Greenland ice sheet', -40, 67, 'GRL'],
    ['Nunavut', -100, 67, 'CAN'],
    ['South Atlantic', 0, -16.52, null],
    ['Southern Ocean', 0, -60, null],
  ];
  for (const [label, lon, lat, iso3] of places) {
    const pt = point([lon, lat]);
    const hits = basemap.features.filter((f) => booleanPointInPolygon(pt, f));
    const got = hits.map((f) => f.properties.iso3).join(',') || 'none';
    const ok = iso3 === null ? hits.length === 0 : hits.length === 1 && hits[0].properties.iso3 === iso3;
    check(`${label} (${lon}, ${lat}) is in ${iso3 === null ? 'no country' : iso3}`, ok, `(got ${got})`);
  }
}

// --- region ----------------------------------------------------------------
const region = load(REGION);
if (region) {
  const size = fs.statSync(REGION).size;
  check('region is a FeatureCollection', region.type === 'FeatureCollection');
  check('region has 2 features', region.features.length === 2, `(got ${region.features.length})`);
  check('region < 500 KiB', size < 500 * 1024, `(${size} bytes)`);
  const ids = region.features.map((f) => f.properties.id);
  check('region ids', JSON.stringify(ids) === '["historic-khorasan","iskp-claimed"]', JSON.stringify(ids));
  check(
    'region properties are exactly {id, name, description, units}',
    region.features.every((f) => JSON.stringify(Object.keys(f.properties)) === '["id","name","description","units"]'),
  );
  check('region geometries are (Multi)Polygons', region.features.every((f) => isPolygonal(f.geometry)));
  const byId = Object.fromEntries(region.features.map((f) => [f.properties.id, f]));
  const unitCounts = { 'historic-khorasan': 40, 'iskp-claimed': 77 };
  for (const [id, n] of Object.entries(unitCounts)) {
    const units = byId[id] ? byId[id].properties.units : [];
    check(`${id} lists ${n} units`, units.length === n && new Set(units).size === n, `(got ${units.length})`);
  }

  // [label, lon, lat, in historic?, in ISKP-claimed?]
  const places = [
    ['Kabul', 69.17, 34.53, true, true],
    ['Jalalabad', 70.45, 34.43, true, true],
    ['Mashhad', 59.60, 36.30, true, true],
    ['Birjand (South Khorasan)', 59.22, 32.87, true, true],
    ['Mary / Merv', 61.83, 37.60, true, true],
    ['Peshawar', 71.56, 34.01, false, true],
    ['Quetta', 67.0, 30.18, false, true],
    ['Tashkent', 69.28, 41.31, false, true],
    ['Dushanbe', 68.78, 38.56, false, true],
    ['Bishkek', 74.59, 42.87, false, true],
    ['Kerman', 57.08, 30.28, false, false],
    ['Zahedan', 60.86, 29.50, false, false],
    ['Tehran', 51.39, 35.69, false, false],
    ['Crocus City Hall, Krasnogorsk', 37.39, 55.82, false, false],
  ];
  for (const [label, lon, lat, inHistoric, inClaimed] of places) {
    const pt = point([lon, lat]);
    const h = byId['historic-khorasan'] ? booleanPointInPolygon(pt, byId['historic-khorasan']) : null;
    const c = byId['iskp-claimed'] ? booleanPointInPolygon(pt, byId['iskp-claimed']) : null;
    check(
      `${label}: historic=${inHistoric} claimed=${inClaimed}`,
      h === inHistoric && c === inClaimed,
      `(got historic=${h} claimed=${c})`,
    );
  }
}

// --- determinism -----------------------------------------------------------
if (!process.argv.includes('--no-rebuild')) {
  const hash = (f) => (fs.existsSync(f) ? crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex') : 'missing');
  const before = [hash(BASEMAP), hash(REGION)];
  for (const script of ['build-basemap.mjs', 'build-region.mjs']) {
    execFileSync(process.execPath, [path.join(here, script)], { cwd: here, stdio: 'ignore' });
  }
  const after = [hash(BASEMAP), hash(REGION)];
  check('rebuilt basemap is byte-identical', before[0] === after[0], `(${after[0].slice(0, 12)})`);
  check('rebuilt region is byte-identical', before[1] === after[1], `(${after[1].slice(0, 12)})`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
