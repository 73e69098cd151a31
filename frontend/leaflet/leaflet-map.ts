// <flow-leaflet-map>: the browser half of the Flow Leaflet add-on. The server sets a few JSON string
// properties (layers, legend, points, choropleths); every change of points arrives as one payload holding the
// points (and server-made clusters) of every point layer. When the server sends only what the view shows, the
// map reports each new view back ('viewport-change'). Everything that comes from data is put into the page as
// text, never as HTML. The jobs live in their own modules: shapes (base, overlays, reference layers), labels,
// choropleth, points (markers and clusters), selection, viewport and legend.
import L from './leaflet-global';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './leaflet-map.css';
import type { BaseLayerSpec, ChoroplethSpec, LayersSpec, LegendSpec, OverlaySpec, PointsPayload } from './specs';
import { escapeHtml, shapeStyle, textElement } from './dom';
import { ReferenceLayers, ShapeFiles } from './shapes';
import { Labels } from './labels';
import { ChoroplethLayer } from './choropleth';
import { PointLayers } from './points';
import { Selection } from './selection';
import { Viewport } from './viewport';
import { LegendControl } from './legend';

/** How long a map taken out of the page waits to be put back (a move) before it is torn down. */
const REATTACH_WAIT_MS = 2000;

/** The deepest zoom when no base layer says how deep it goes (clustering needs one). */
const DEFAULT_MAX_ZOOM = 18;

/** Everything made for one Leaflet map; thrown away whole when the element leaves the page or its layers change. */
interface Built {
  map: L.Map;
  container: HTMLDivElement;
  points: PointLayers;
  selection: Selection;
  viewport: Viewport;
  legend: LegendControl;
  labels: Labels;
  reference: ReferenceLayers;
  choropleths: Map<string, ChoroplethLayer>;
  baseLayer: string | null;
  /** Whether the map has been sent to its points yet: the first time has no view before it to glide from. */
  sentToPoints: boolean;
}

/** What a content source answers. */
type SourceContent = Pick<PointsPayload, 'points' | 'clusters'>;

class FlowLeafletMap extends HTMLElement {
  private built?: Built;
  private layersSpec?: LayersSpec;
  private pointsPayload?: PointsPayload;
  private legendSpec?: LegendSpec;
  private choroplethSpecs: Record<string, ChoroplethSpec | null> = {};
  private clusterLabelTemplate = '{count} points here, press to zoom in';
  private contentError = 'The points could not be loaded.';
  /** Counts the payloads received: a fetch answered after a newer payload arrived is dropped. */
  private payloads = 0;
  /** The last content the server sent with its URL; one is enough, as only the latest payload is drawn. */
  private receivedContent: { url: string; content: SourceContent } | null = null;
  /** Settles once the latest content source's points are drawn (or could not be had). */
  private contentReady: Promise<void> = Promise.resolve();
  private selectedId: string | null = null;
  private resizeObserver?: ResizeObserver;
  private teardownTimer?: number;

  /** The Leaflet map itself, for pages that add layers or controls of their own. */
  get leafletMap(): L.Map | undefined {
    return this.built?.map;
  }

  /** Where the reader has taken the map, rounded as a link keeps it (about 10 m); null before it is drawn. */
  currentView(): { lat: number; lng: number; zoom: number } | null {
    const map = this.built?.map;
    if (!map) {
      return null;
    }
    const center = map.getCenter();
    const round = (value: number) => Math.round(value * 10_000) / 10_000;
    return { lat: round(center.lat), lng: round(center.wrap().lng), zoom: map.getZoom() };
  }

  set layers(json: string) {
    this.layersSpec = JSON.parse(json) as LayersSpec;
    // New layers after the map was built: build it again rather than ignore them.
    this.teardown();
    this.build();
  }

  set points(json: string) {
    const payload = JSON.parse(json) as PointsPayload;
    const received = ++this.payloads;
    if (!payload.url) {
      this.removeAttribute('aria-busy');
      this.pointsPayload = payload;
      this.showPoints();
      return;
    }
    // The points come from a content source. The server usually sends its content in the same answer
    // (receiveContent, run after the properties are set); only without it, the browser fetches the URL. Until they
    // are in, the map says it is busy (screen readers wait; tests and benchmarks know to wait too).
    this.setAttribute('aria-busy', 'true');
    this.contentReady = new Promise<void>((resolve) => queueMicrotask(() => {
      const url = payload.url!;
      const sent = this.receivedContent?.url === url ? this.receivedContent.content : null;
      const content = sent ? Promise.resolve(sent) : this.fetchContent(url);
      content
        .then((points) => {
          if (received === this.payloads) {
            this.removeAttribute('aria-busy');
            this.showContentError(false);
            this.pointsPayload = { ...payload, points: points.points, clusters: points.clusters };
            this.showPoints();
          }
        })
        .catch((error: unknown) => {
          if (received === this.payloads) {
            this.removeAttribute('aria-busy');
            console.error('flow-leaflet-map: could not fetch', url, error);
            this.showContentError(true);
            // The points shown belong to the content before: drawn on, they would pass for this one's.
            this.pointsPayload = { ...payload, points: [], clusters: [] };
            this.showPoints();
          }
        })
        .finally(resolve);
    }));
  }

  /** A content source's content, sent by the server with the URL so the browser need not fetch it. */
  receiveContent(url: string, json: string) {
    this.receivedContent = { url, content: JSON.parse(json) as SourceContent };
  }

  private fetchContent(url: string): Promise<SourceContent> {
    return fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) {
        throw new Error(`${response.status} ${response.statusText}`);
      }
      return response.json() as Promise<SourceContent>;
    });
  }

  /** Said as an alert when a content source cannot be fetched. */
  set contentErrorText(text: string) {
    this.contentError = text;
  }

  private showContentError(shown: boolean) {
    let alert = this.querySelector<HTMLDivElement>(':scope > .flm-content-error');
    if (!shown) {
      alert?.remove();
      return;
    }
    if (!alert) {
      alert = document.createElement('div');
      alert.className = 'flm-content-error';
      alert.setAttribute('role', 'alert');
      this.append(alert);
    }
    alert.textContent = this.contentError;
  }

  set legend(json: string) {
    this.legendSpec = JSON.parse(json) as LegendSpec;
    this.showLegend();
  }

  set choropleths(json: string) {
    this.choroplethSpecs = JSON.parse(json) as Record<string, ChoroplethSpec | null>;
    this.showChoropleths();
  }

  /** The accessible name of a cluster bubble; {count} stands for the number of points in it. */
  set clusterLabel(template: string) {
    this.clusterLabelTemplate = template;
    if (this.built) {
      this.built.points.clusterLabelTemplate = template;
      this.built.points.refreshClusterLabels();
    }
  }

  set selected(id: string | null) {
    this.selectedId = id || null;
    // One answer from the server may also bring new points, set after this and drawn a little later (a content
    // source's are drawn in a microtask, or once fetched): reveal once all of it is in, or the reveal would chase a
    // marker that is about to be replaced.
    queueMicrotask(() => {
      void this.contentReady.then(() => {
        if (this.built) {
          this.built.selection.selectedId = this.selectedId;
          this.built.selection.show(true);
        }
      });
    });
  }

  connectedCallback() {
    window.clearTimeout(this.teardownTimer);
    // Flow may set properties before this element is defined; re-apply them through the setters.
    for (const name of ['clusterLabel', 'contentErrorText', 'layers', 'legend', 'choropleths', 'points', 'selected'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.build();
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => {
      if (this.built) {
        this.built.map.invalidateSize();
        this.built.viewport.applyPendingFocus();
        this.built.viewport.report();
        this.built.labels.update();
      }
    });
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    // Flow builds a view in a hidden container and the router then moves it into its outlet: a move takes the
    // element out and puts it back, and the map lives on through it. Only an element that stays out is torn down;
    // if Flow attaches it again later (its state lives in the properties), it is built anew.
    window.clearTimeout(this.teardownTimer);
    this.teardownTimer = window.setTimeout(() => {
      if (!this.isConnected) {
        this.resizeObserver?.disconnect();
        this.teardown();
      }
    }, REATTACH_WAIT_MS);
  }

  private teardown() {
    if (this.built) {
      // Timers and animation frames of the old map may still fire: the labels check this before touching it.
      this.built.labels.remove();
      this.built.selection.remove();
      this.built.map.remove();
      this.built.container.remove();
      this.built = undefined;
    }
  }

  private build() {
    if (this.built || !this.layersSpec || !this.isConnected) {
      return;
    }
    const spec = this.layersSpec;
    const container = document.createElement('div');
    container.className = 'flm-container';
    this.appendChild(container);
    // Marker clustering needs a maximum zoom even when no tile layer sets one: the deepest base layer's.
    const maxZoom = spec.baseLayers.length > 0 ? Math.max(...spec.baseLayers.map((b) => b.maxZoom)) : DEFAULT_MAX_ZOOM;
    const map = L.map(container, { minZoom: spec.minZoom, maxZoom, zoomSnap: 0.5 });
    map.setView(spec.center, spec.zoom);
    // Bottom to top: base shapes, reference lines, choropleth shading, overlays (400), labels, markers (600).
    map.createPane('flm-base').style.zIndex = '150';
    map.createPane('flm-reference').style.zIndex = '160';
    map.createPane('flm-choropleth').style.zIndex = '350';
    const files = new ShapeFiles((url, message) =>
      this.dispatchEvent(new CustomEvent('layer-error', { detail: { url, message } })),
    );

    const baseLayers: Record<string, L.Layer> = {};
    const baseNames = new Map<L.Layer, string>();
    let activeBase: string | null = null;
    spec.baseLayers.forEach((base, index) => {
      const layer = this.baseLayer(base, files);
      baseLayers[escapeHtml(base.name)] = layer;
      baseNames.set(layer, base.name);
      if (base.active || (index === 0 && !spec.baseLayers.some((b) => b.active))) {
        layer.addTo(map);
        activeBase = base.name;
      }
    });

    const overlays: Record<string, L.Layer> = {};
    const choropleths = new Map<string, ChoroplethLayer>();
    (spec.choroplethLayers ?? []).forEach((layerSpec) => {
      const layer = new ChoroplethLayer(layerSpec, files, this, map);
      overlays[escapeHtml(layerSpec.name)] = layer.group;
      if (layerSpec.visible) {
        layer.group.addTo(map);
      }
      choropleths.set(layerSpec.id, layer);
    });
    spec.overlays.forEach((overlay) => {
      const layer = this.overlay(overlay, files);
      overlays[escapeHtml(overlay.name)] = layer;
      if (overlay.visible) {
        layer.addTo(map);
      }
    });

    const points = new PointLayers(
      map,
      spec.pointLayers,
      this,
      () => container.focus(),
      () => labels.update(),
      () => this.selectedId,
    );
    points.clusterLabelTemplate = this.clusterLabelTemplate;
    points.layers.forEach((layer) => {
      overlays[escapeHtml(layer.spec.name)] = layer.group;
    });

    const reference = new ReferenceLayers(spec.referenceLayers ?? [], files);
    const labels = new Labels(
      map,
      this,
      spec.labelLayers ?? [],
      files,
      () => this.built?.baseLayer ?? activeBase,
      () =>
        Array.from(container.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon, .leaflet-control'), (e) =>
          e.getBoundingClientRect(),
        ),
    );
    // Markers come and go as clusters split and merge, and glide there with a CSS transition: place the labels
    // again once they stand still.
    let markersMoved = 0;
    const markersMove = () => {
      window.clearTimeout(markersMoved);
      markersMoved = window.setTimeout(() => labels.update(), 350);
    };
    map.on('layeradd layerremove', (event) => {
      if ((event as L.LayerEvent).layer instanceof L.Marker) {
        markersMove();
      }
    });
    map.getPane('markerPane')?.addEventListener('transitionend', markersMove);
    const selection = new Selection(map, this, points.markers);
    selection.selectedId = this.selectedId;
    const built: Built = {
      map,
      container,
      points,
      selection,
      viewport: new Viewport(map, this),
      legend: new LegendControl(map),
      labels,
      reference,
      choropleths,
      baseLayer: activeBase,
      sentToPoints: false,
    };
    this.built = built;

    map.on('zoomend', () => reference.update(map, built.baseLayer));
    map.on('baselayerchange', (event) => {
      built.baseLayer = baseNames.get((event as L.LayersControlEvent).layer) ?? null;
      reference.update(map, built.baseLayer);
      labels.update();
    });
    map.on('overlayadd overlayremove', () => {
      labels.update();
      this.showLegend();
    });
    reference.update(map, activeBase);
    labels.update();

    L.control.layers(baseLayers, overlays, { collapsed: true }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    this.showLegend();
    this.showChoropleths();
    this.showPoints();
  }

  private baseLayer(base: BaseLayerSpec, files: ShapeFiles): L.Layer {
    if (base.kind === 'TILES') {
      return L.tileLayer(base.url, { attribution: base.attribution, maxZoom: base.maxZoom });
    }
    // The attribution sits on a group around the shapes: a GeoJSON layer hands its options to every shape it
    // makes, and Leaflet redraws the attribution line for each shape that carries one (hundreds on a page load).
    const shapes = L.geoJSON(undefined, {
      pane: 'flm-base',
      interactive: false,
      style: () => shapeStyle(base.style),
    });
    files
      .load({ url: base.url, topoObject: base.topoObject })
      .then((data) => {
        shapes.addData(data);
        this.dataset.baseReady = 'true';
      })
      .catch(() => undefined);
    return L.layerGroup([shapes], { attribution: base.attribution });
  }

  private overlay(overlay: OverlaySpec, files: ShapeFiles): L.Layer {
    const layer = L.geoJSON(undefined, {
      interactive: false,
      style: () => shapeStyle(overlay.style),
      onEachFeature: (feature, shape) => {
        const label = overlay.labelProperty ? feature.properties?.[overlay.labelProperty] : null;
        if (typeof label === 'string' && label) {
          shape.bindTooltip(textElement('span', '', label), {
            permanent: true,
            direction: 'center',
            className: 'flm-region-label',
          });
        }
      },
    });
    files
      .load({ url: overlay.url, topoObject: null })
      .then((data) => {
        layer.addData(data);
        this.dataset[`overlay${overlay.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`] = 'true';
      })
      .catch(() => undefined);
    return layer;
  }

  private showPoints() {
    const built = this.built;
    const payload = this.pointsPayload;
    if (!built || !payload) {
      return;
    }
    const { map, viewport } = built;
    const placed = built.points.show(payload.points, payload.clusters ?? []);
    // Fit what the reader sees: the points of the layers that are switched on.
    const shown = placed.filter((point) => built.points.isShown(point));
    const animate = built.sentToPoints;
    built.sentToPoints = true;
    const fit = (bounds: L.LatLngBounds) => () => map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate });
    if (payload.fit && shown.length > 0) {
      viewport.focus(fit(L.latLngBounds(shown.map((p) => [p.lat, p.lng] as [number, number]))));
    } else if (payload.bounds) {
      viewport.focus(fit(L.latLngBounds(payload.bounds)));
    } else if (payload.center && payload.zoom !== null) {
      const [center, zoom] = [payload.center, payload.zoom];
      viewport.focus(() => map.setView(center, zoom, { animate }));
    }
    viewport.followViewport = payload.followViewport ?? false;
    built.selection.show(false);
    // A move reports itself when it ends; without one, the view the server worked from may still be stale.
    viewport.report();
    built.labels.update();
  }

  private showChoropleths() {
    if (!this.built) {
      return;
    }
    this.built.choropleths.forEach((layer, id) => layer.show(this.choroplethSpecs[id] ?? null));
    this.showLegend();
  }

  private showLegend() {
    const built = this.built;
    if (!built) {
      return;
    }
    // A choropleth's key shows only while its layer does.
    const shaded = [...built.choropleths.values()]
      .filter((layer) => layer.current && built.map.hasLayer(layer.group))
      .map((layer) => layer.current!);
    built.legend.show(this.legendSpec, shaded);
  }
}

customElements.define('flow-leaflet-map', FlowLeafletMap);
