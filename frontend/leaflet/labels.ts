// Place names that never overlap each other or a marker: every label in view is measured, then placed in the
// order of its layer and rank, and left out where it would touch a label already placed or a marker's hit area.
import L from './leaflet-global';
import type { LabelLayerSpec } from './specs';
import type { ShapeFiles } from './shapes';
import { textElement } from './dom';

interface Label {
  text: string;
  rank: number;
  kind: string;
  at: L.LatLng;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const KIND = /^[a-z]+$/;
/** Kinds drawn centred on their point (areas); the others are a dot with the name beside it. */
const CENTRED = new Set(['country', 'province', 'neighbourhood']);
/** Names of wide areas stay at their point: moved aside, they would name the neighbouring area. */
const WIDE = new Set(['country', 'province']);
/** Space kept around each label, so two names never touch. */
const GAP = 3;
const DOT_PX = 5;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

class LabelLayer {
  /** Labels by file URL (one file, or one per cell), so each file is read once. */
  private readonly loaded = new Map<string, Label[] | null>();

  constructor(
    readonly spec: LabelLayerSpec,
    readonly order: number,
    private readonly files: ShapeFiles,
  ) {}

  /** The labels of the files this view needs; starts fetching the missing ones and calls back when they arrive. */
  labels(map: L.Map, baseLayer: string | null, arrived: () => void): Label[] {
    const { spec } = this;
    if (map.getZoom() < spec.minZoom || (spec.baseLayer !== null && spec.baseLayer !== baseLayer)) {
      return [];
    }
    const labels: Label[] = [];
    for (const url of this.urls(map.getBounds())) {
      const found = this.loaded.get(url);
      if (found) {
        found.forEach((label) => labels.push(label));
      } else if (found === undefined) {
        this.loaded.set(url, null);
        this.files
          .fetch(url)
          .then((data) => {
            this.loaded.set(url, LabelLayer.read(data as GeoJSON.FeatureCollection));
            arrived();
          })
          .catch(() => undefined);
      }
    }
    return labels;
  }

  private urls(view: L.LatLngBounds): string[] {
    const { spec } = this;
    if (!(spec.cellDegrees > 0) || !spec.cells) {
      return [spec.url];
    }
    const size = spec.cellDegrees;
    const cells = spec.cells;
    const west = Math.max(view.getWest(), cells.west);
    const east = Math.min(view.getEast(), cells.east - 1e-9);
    const south = Math.max(view.getSouth(), cells.south);
    const north = Math.min(view.getNorth(), cells.north - 1e-9);
    const urls: string[] = [];
    for (let x = Math.floor(west / size); x <= Math.floor(east / size); x++) {
      for (let y = Math.floor(south / size); y <= Math.floor(north / size); y++) {
        urls.push(spec.url.replace('{x}', String(x)).replace('{y}', String(y)));
      }
    }
    return urls;
  }

  private static read(collection: GeoJSON.FeatureCollection): Label[] {
    const labels: Label[] = [];
    collection.features.forEach((f) => {
      const p = f.properties ?? {};
      if (f.geometry?.type === 'Point' && typeof p.text === 'string' && p.text) {
        const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates;
        const kind = typeof p.kind === 'string' && KIND.test(p.kind) ? p.kind : 'place';
        labels.push({ text: p.text, rank: Number(p.rank) || 0, kind, at: L.latLng(lat, lng) });
      }
    });
    return labels;
  }
}

export class Labels {
  private readonly layers: LabelLayer[];
  private readonly pane: HTMLElement;
  private scheduled = false;
  private removed = false;

  constructor(
    private readonly map: L.Map,
    private readonly host: HTMLElement,
    specs: LabelLayerSpec[],
    files: ShapeFiles,
    private readonly baseLayer: () => string | null,
    /** The screen boxes no label may cover: the markers' hit areas and the map's controls. */
    private readonly obstacles: () => DOMRect[],
  ) {
    this.layers = specs.map((spec, order) => new LabelLayer(spec, order, files));
    this.pane = map.createPane('flm-labels');
    this.pane.setAttribute('aria-hidden', 'true');
    // Labels are placed for one zoom: hidden while it animates, placed again when it ends.
    map.on('zoomstart', () => this.pane.classList.add('flm-labels-moving'));
    map.on('moveend', () => this.update());
  }

  /** The map is gone (the element left the page, or was built anew): no placement may touch it any more. */
  remove() {
    this.removed = true;
  }

  /**
   * Places the labels again just after the browser's next frame (many calls in a row cost one placement): the map's
   * shapes and markers reach the screen first, and the placement's own layout pass does not hold that frame back.
   */
  update() {
    if (this.scheduled || this.removed) {
      return;
    }
    this.scheduled = true;
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        this.scheduled = false;
        if (!this.removed) {
          this.place();
        }
      }),
    );
  }

  private place() {
    const map = this.map;
    // While markercluster animates, markers are on their way: their boxes are not where they will stand.
    if (map.getContainer().querySelector('.leaflet-cluster-anim')) {
      window.setTimeout(() => this.update(), 100);
      return;
    }
    this.pane.replaceChildren();
    this.pane.classList.remove('flm-labels-moving');
    if (this.layers.length === 0 || !map.getSize().x) {
      return;
    }
    const view = map.getBounds();
    const candidates: { label: Label; order: number }[] = [];
    this.layers.forEach((layer) =>
      layer.labels(map, this.baseLayer(), () => this.update()).forEach((label) => {
        if (view.contains(label.at)) {
          candidates.push({ label, order: layer.order });
        }
      }),
    );
    candidates.sort((a, b) => a.order - b.order || a.label.rank - b.label.rank);
    // Build every candidate first and measure them in one layout pass, rather than one layout per label.
    const elements = candidates.map(({ label }) => {
      const element = textElement('div', `flm-label flm-label-${label.kind}`, '');
      if (!CENTRED.has(label.kind)) {
        element.appendChild(textElement('span', 'flm-label-dot', ''));
      }
      element.appendChild(document.createTextNode(label.text));
      this.pane.appendChild(element);
      return element;
    });
    const sizes = elements.map((element) => [element.offsetWidth, element.offsetHeight]);
    const container = map.getContainer().getBoundingClientRect();
    const taken: Box[] = this.obstacles().map((r) => ({
      left: r.left - container.left,
      top: r.top - container.top,
      right: r.right - container.left,
      bottom: r.bottom - container.top,
    }));
    const size = map.getSize();
    const fits = (box: Box) =>
      box.left >= 0 && box.top >= 0 && box.right <= size.x && box.bottom <= size.y &&
      !taken.some((other) => overlaps(box, other));
    candidates.forEach(({ label }, i) => {
      const element = elements[i];
      const [width, height] = sizes[i];
      const point = map.latLngToContainerPoint(label.at);
      const spot = Labels.spots(label, point, width, height, taken).find(({ box }) => fits(box));
      if (!spot) {
        element.remove();
        return;
      }
      taken.push(spot.box);
      element.classList.add('flm-label-placed', ...spot.classes);
      L.DomUtil.setPosition(element, map.containerPointToLayerPoint([spot.box.left + GAP, spot.box.top + GAP]));
    });
    this.host.dataset.labels = String(this.pane.childElementCount);
  }

  /**
   * Where a label may go, best first. An area's name is centred on its point, or just above or below it. A
   * place's name sits right of its dot, or left of it. When a marker or a name already placed covers the point,
   * the name goes beside, above or below it (a marker then stands for the dot), and then farther out.
   */
  private static spots(label: Label, point: L.Point, width: number, height: number, taken: Box[]) {
    const at = (left: number, top: number, classes: string[] = []) => ({
      box: { left: left - GAP, top: top - GAP, right: left + width + GAP, bottom: top + height + GAP },
      classes,
    });
    const middle = point.y - height / 2;
    const centre = point.x - width / 2;
    const spots = CENTRED.has(label.kind)
      ? [at(centre, middle), at(centre, middle - height), at(centre, middle + height)]
      : [at(point.x - DOT_PX / 2, middle), at(point.x + DOT_PX / 2 - width, middle, ['flm-label-left'])];
    if (WIDE.has(label.kind)) {
      return spots;
    }
    const cover = taken.find((box) => box.left <= point.x && point.x <= box.right && box.top <= point.y
      && point.y <= box.bottom);
    if (cover) {
      spots.push(
        at(cover.right + 1, middle, ['flm-label-beside']),
        at(cover.left - 1 - width, middle, ['flm-label-beside']),
        at(centre, cover.top - 1 - height, ['flm-label-beside']),
        at(centre, cover.bottom + 1, ['flm-label-beside']),
      );
    }
    // Among a crowd of markers (a city's attacks), farther out in four directions rather than lose the name.
    const around = cover ?? { left: point.x, right: point.x, top: point.y, bottom: point.y };
    for (const step of [1, 2, 3]) {
      const dx = step * 2 * height;
      const dy = step * height;
      spots.push(
        at(around.right + 1 + dx, middle, ['flm-label-beside']),
        at(around.left - 1 - width - dx, middle, ['flm-label-beside']),
        at(centre, around.top - 1 - height - dy, ['flm-label-beside']),
        at(centre, around.bottom + 1 + dy, ['flm-label-beside']),
      );
    }
    return spots;
  }
}
