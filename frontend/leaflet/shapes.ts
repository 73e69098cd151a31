// Shapes from GeoJSON or TopoJSON files: each URL is fetched once, however many layers use it, and only when a
// layer first needs it. Reference layers (borders, rivers) come and go with the zoom.
import L from './leaflet-global';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { ReferenceLayerSpec, ShapeSource } from './specs';
import { shapeStyle } from './dom';

function fetchJson(url: string): Promise<unknown> {
  return fetch(url).then((response) => {
    if (!response.ok) {
      throw new Error(`${response.status} ${response.statusText}`);
    }
    return response.json();
  });
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

/**
 * The files a page names for preloading (<link rel="preload" as="fetch" data-flm-shapes>), read and parsed as soon
 * as this module loads: the page's own scripts and server answer take a while yet, and by the time a map is built
 * its base map is ready to draw in the same frame.
 */
const preloaded = new Map<string, Promise<unknown>>();
document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"][data-flm-shapes]').forEach((link) => {
  const file = fetchJson(link.href);
  // A failure is reported by the map that asks for the file; a file no map asks for fails silently.
  file.catch(() => undefined);
  preloaded.set(link.href, file);
});

export class ShapeFiles {
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(private readonly onError: (url: string, message: string) => void) {}

  /** The GeoJSON of a source: a GeoJSON file as is, or one object of a TopoJSON file (its inner borders only). */
  load(source: ShapeSource, interiorOnly = false): Promise<GeoJSON.GeoJsonObject> {
    return this.fetch(source.url).then((data) => {
      if (!source.topoObject) {
        return data as GeoJSON.GeoJsonObject;
      }
      const topology = data as Topology;
      const object = topology.objects[source.topoObject] as GeometryCollection | undefined;
      if (!object) {
        throw new Error(`no object "${source.topoObject}" in ${source.url}`);
      }
      return interiorOnly
        ? mesh(topology, object, (a, b) => a !== b)
        : (feature(topology, object) as GeoJSON.GeoJsonObject);
    });
  }

  fetch(url: string): Promise<unknown> {
    let file = this.files.get(url);
    if (!file) {
      file = preloaded.get(absolute(url)) ?? fetchJson(url);
      file.catch((error) => this.onError(url, String(error)));
      this.files.set(url, file);
    }
    return file;
  }
}

/** A reference layer: fetched when the zoom first reaches it, on the map only within its zoom range. */
class ReferenceLayer {
  private layer?: L.GeoJSON;
  private loading = false;

  constructor(
    readonly spec: ReferenceLayerSpec,
    private readonly files: ShapeFiles,
  ) {}

  update(map: L.Map, baseLayer: string | null) {
    const zoom = map.getZoom();
    const wanted =
      zoom >= this.spec.minZoom &&
      zoom < this.spec.maxZoom &&
      (this.spec.baseLayer === null || this.spec.baseLayer === baseLayer);
    if (wanted && !this.layer && !this.loading) {
      this.loading = true;
      this.files
        .load(this.spec.source, this.spec.interiorOnly)
        .then((data) => {
          this.layer = L.geoJSON(data, {
            pane: 'flm-reference',
            interactive: false,
            style: () => shapeStyle(this.spec.style),
          });
          this.update(map, baseLayer);
        })
        .catch(() => undefined);
    }
    if (this.layer) {
      if (wanted && !map.hasLayer(this.layer)) {
        this.layer.addTo(map);
      } else if (!wanted && map.hasLayer(this.layer)) {
        this.layer.remove();
      }
    }
  }
}

export class ReferenceLayers {
  private readonly layers: ReferenceLayer[];

  constructor(specs: ReferenceLayerSpec[], files: ShapeFiles) {
    this.layers = specs.map((spec) => new ReferenceLayer(spec, files));
  }

  update(map: L.Map, baseLayer: string | null) {
    this.layers.forEach((layer) => layer.update(map, baseLayer));
  }
}
