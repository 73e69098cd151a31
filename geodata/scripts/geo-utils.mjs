// Small helpers shared by build-basemap.mjs and build-region.mjs.
// Everything here is deterministic: same input -> byte-identical output.

import fs from 'node:fs';
import path from 'node:path';
import { truncate } from '@turf/truncate';
import { rewind } from '@turf/rewind';

/** Throw with a clear message; the build scripts never continue on bad data. */
export function fail(message) {
  throw new Error(`[geodata] ${message}`);
}

export function assert(condition, message) {
  if (!condition) fail(message);
}

/**
 * Round a (Multi)Polygon to `precision` decimals with @turf/truncate, then
 * remove the consecutive duplicate vertices that rounding creates and drop
 * rings that collapse to fewer than 4 positions (i.e. become zero-area
 * after rounding). Finally rewinds to the RFC 7946 right-hand rule
 * (exterior rings counter-clockwise, holes clockwise).
 *
 * Returns { geometry, droppedRings, droppedPolygons } so callers can report
 * what rounding removed; returns geometry null if nothing survives (callers
 * must treat that as an error).
 */
export function roundPolygonal(geometry, precision) {
  assert(
    geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'),
    `expected Polygon/MultiPolygon, got ${geometry && geometry.type}`,
  );
  const rounded = truncate(geometry, { precision, coordinates: 2, mutate: false });
  const polygons = rounded.type === 'Polygon' ? [rounded.coordinates] : rounded.coordinates;
  let droppedRings = 0;
  let droppedPolygons = 0;
  const kept = [];
  for (const polygon of polygons) {
    const exterior = cleanRing(polygon[0]);
    if (!exterior) {
      // The exterior collapsed: the whole polygon (and its holes) goes.
      droppedPolygons += 1;
      droppedRings += polygon.length;
      continue;
    }
    const rings = [exterior];
    for (const hole of polygon.slice(1)) {
      const cleaned = cleanRing(hole);
      if (cleaned) rings.push(cleaned);
      else droppedRings += 1;
    }
    kept.push(rings);
  }
  if (kept.length === 0) return { geometry: null, droppedRings, droppedPolygons };
  const out = kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
  return { geometry: rewind(out, { mutate: true }), droppedRings, droppedPolygons };
}

function cleanRing(ring) {
  const out = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
  }
  // Close the ring if rounding opened it (it should not, but be safe).
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4) return null;
  if (Math.abs(signedArea(out)) === 0) return null;
  return out;
}

/** Planar shoelace area in square degrees (sign = orientation). */
export function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

export function countVertices(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let n = 0;
  for (const polygon of polygons) for (const ring of polygon) n += ring.length;
  return n;
}

/**
 * Write a FeatureCollection with one feature per line (diff-friendly) and a
 * trailing newline. Property key order is whatever the caller built, which is
 * fixed in code, so the output is deterministic.
 */
export function writeFeatureCollection(file, features, extraTopLevel = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const head = { type: 'FeatureCollection', ...extraTopLevel };
  const headJson = JSON.stringify(head);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `${headJson.slice(0, -1)},"features":[\n${body}\n]}\n`;
  JSON.parse(text); // sanity: we only ever write valid JSON
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}
