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

// --- antimeridian ------------------------------------------------------------
// Natural Earth (and so world-atlas) keeps a few rings in one piece across the
// antimeridian: consecutive vertices jump from ~+180 to ~-180 longitude. In a
// planar map (Leaflet/Web Mercator, JTS) such an edge is drawn/treated as a
// line straight across the whole world. splitAntimeridian() cuts those
// polygons at ±180 into parts that each stay within [-180, 180] (closing along
// the meridian), and closes rings that go once around a pole (Antarctica)
// along that pole. All arithmetic is plain and order-fixed, so deterministic.

const POLE_STEP = 10; // degrees between vertices added along a pole edge

/** True if some pair of consecutive vertices is more than 180° apart in longitude. */
export function hasLongitudeJump(ring) {
  for (let i = 1; i < ring.length; i += 1) {
    if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
  }
  return false;
}

/** Longitudes made continuous: +-360 added after every jump of more than 180°. */
function unwrapRing(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  let offset = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  return out;
}

/** Number of times the ring changes side of the meridian x = b (vertices on it don't count). */
function sideChanges(ring, b) {
  let side = 0;
  let changes = 0;
  for (const [x] of ring) {
    const s = Math.sign(x - b);
    if (s === 0) continue;
    if (side !== 0 && s !== side) changes += 1;
    side = s;
  }
  return changes;
}

/** Sutherland-Hodgman against one vertical half-plane; ring closed in and out. */
function clipHalfPlane(ring, b, keepGreater) {
  const inside = (p) => (keepGreater ? p[0] >= b : p[0] <= b);
  const cut = (p, q) => [b, p[1] + ((b - p[0]) / (q[0] - p[0])) * (q[1] - p[1])];
  const pts = ring.slice(0, -1);
  const out = [];
  for (let i = 0; i < pts.length; i += 1) {
    const cur = pts[i];
    const prev = pts[(i + pts.length - 1) % pts.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cut(prev, cur));
    }
  }
  if (out.length > 0) out.push(out[0]);
  return out;
}

function isDegenerate(ring) {
  return ring.length < 4 || Math.abs(signedArea(ring)) < 1e-9;
}

/**
 * Split a (Multi)Polygon's polygons at the antimeridian. Returns
 * { geometry, stats } where stats = { jumpRings, poleRings, degeneratePoleRings,
 * polygonsIn, polygonsOut } (jumpRings = rings that had a jump); geometry is
 * the input object unchanged if no ring has a jump. Fails on anything it
 * cannot split cleanly (a ring crossing one meridian more than twice, or
 * winding around the globe other than exactly once).
 */
export function splitAntimeridian(geometry, label) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const stats = { jumpRings: 0, poleRings: 0, degeneratePoleRings: 0, polygonsIn: polygons.length, polygonsOut: 0 };
  const out = [];
  for (const polygon of polygons) {
    if (!polygon.some(hasLongitudeJump)) {
      out.push(polygon);
      continue;
    }
    const poleRings = [];
    const otherRings = [];
    for (const ring of polygon) {
      if (!hasLongitudeJump(ring)) {
        otherRings.push(ring.map((p) => [p[0], p[1]]));
        continue;
      }
      stats.jumpRings += 1;
      const u = unwrapRing(ring);
      const first = u[0];
      const last = u[u.length - 1];
      assert(first[1] === last[1], `${label}: ring with a longitude jump is not closed`);
      const net = last[0] - first[0];
      if (net === 0) {
        otherRings.push(u);
        continue;
      }
      assert(Math.abs(net) === 360, `${label}: ring winds ${net}° around the globe`);
      const lats = u.map((p) => p[1]);
      if (Math.min(...lats) === Math.max(...lats)) {
        // A zero-area "ring" that is just a line of latitude round the pole
        // (world-atlas has one at -89.999 in Antarctica): nothing to draw.
        stats.degeneratePoleRings += 1;
        continue;
      }
      // Goes once around a pole: close it along that pole.
      const pole = lats.reduce((a, b) => a + b, 0) / lats.length < 0 ? -90 : 90;
      const closed = u.slice(0, -1);
      const dir = net > 0 ? -1 : 1; // walk back from last[0] to first[0]
      closed.push([last[0], last[1]], [last[0], pole]);
      for (let x = last[0] + dir * POLE_STEP; dir * (first[0] - x) > 0; x += dir * POLE_STEP) {
        closed.push([x, pole]);
      }
      closed.push([first[0], pole], [first[0], first[1]]);
      poleRings.push(closed);
      stats.poleRings += 1;
    }
    assert(poleRings.length <= 1, `${label}: polygon with ${poleRings.length} rings around a pole`);
    const rings = [...poleRings, ...otherRings];
    if (rings.length === 0) continue;

    let minX = Infinity;
    let maxX = -Infinity;
    for (const ring of rings) {
      for (const [x] of ring) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
    }
    const kMin = Math.floor((minX + 180) / 360);
    const kMax = Math.floor((maxX + 180) / 360);
    for (let k = kMin; k <= kMax + 1; k += 1) {
      const b = 180 + 360 * (k - 1); // boundary between windows k-1 and k
      for (const ring of rings) {
        const n = sideChanges(ring, b);
        assert(n <= 2, `${label}: a ring crosses longitude ${b} ${n} times; needs a general splitter`);
      }
    }
    for (let k = kMin; k <= kMax; k += 1) {
      const lo = -180 + 360 * k;
      const hi = 180 + 360 * k;
      const parts = [];
      for (const ring of rings) {
        const clipped = clipHalfPlane(clipHalfPlane(ring, lo, true), hi, false)
          .map(([x, y]) => [x - 360 * k, y]);
        parts.push(isDegenerate(clipped) ? null : clipped);
      }
      if (!parts[0]) continue; // exterior not in this window, so no hole is either
      out.push(parts.filter(Boolean));
    }
  }
  stats.polygonsOut = out.length;
  if (stats.jumpRings === 0) return { geometry, stats };
  assert(out.length > 0, `${label}: nothing left after antimeridian split`);
  const result = out.length === 1
    ? { type: 'Polygon', coordinates: out[0] }
    : { type: 'MultiPolygon', coordinates: out };
  return { geometry: result, stats };
}
