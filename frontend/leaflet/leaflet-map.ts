// <flow-leaflet-map>: the browser half of the Flow Leaflet add-on. The server sets a few JSON string
// properties (layers, legend, points); every change of points arrives as one payload holding the points (and
// server-made clusters) of every point layer. When the server sends only what the view shows, the map reports
// each new view back ('viewport-change'). Everything that comes from data is put into the page as text, never
// as HTML.
import L from './leaflet-global';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './leaflet-map.css';

interface ShapeStyle {
  color: string;
  weight: number;
  fillColor: string;
  fillOpacity: number;
}

interface BaseLayerSpec {
  name: string;
  kind: 'TILES' | 'GEOJSON';
  url: string;
  attribution: string;
  maxZoom: number;
  style: ShapeStyle | null;
  active: boolean;
}

interface OverlaySpec {
  id: string;
  name: string;
  url: string;
  style: ShapeStyle;
  labelProperty: string | null;
  visible: boolean;
}

interface PointLayerSpec {
  id: string;
  name: string;
  cluster: boolean;
  hollow: boolean;
  visible: boolean;
}

interface LayersSpec {
  baseLayers: BaseLayerSpec[];
  overlays: OverlaySpec[];
  pointLayers: PointLayerSpec[];
  center: [number, number];
  zoom: number;
  minZoom: number;
}

interface PointSpec {
  id: string;
  layer: string;
  lat: number;
  lng: number;
  radius: number;
  color: string;
  label: string;
  details: string[];
}

/** Points the server counted instead of sending; [[south, west], [north, east]] is where they lie. */
interface ClusterSpec {
  layer: string;
  lat: number;
  lng: number;
  count: number;
  bounds: [[number, number], [number, number]];
}

interface PointsPayload {
  points: PointSpec[];
  clusters: ClusterSpec[];
  followViewport: boolean;
  fit: boolean;
  bounds: [[number, number], [number, number]] | null;
  center: [number, number] | null;
  zoom: number | null;
}

interface LegendSpec {
  title: string;
  entries: { label: string; color: string; hollow: boolean }[];
}

/**
 * A point layer as built: its spec, the group the layer control switches (holding the point markers, clustered
 * in the browser or not, and the server's clusters), and its place in the stacking order.
 */
interface PointLayer {
  spec: PointLayerSpec;
  group: L.LayerGroup;
  markers: L.LayerGroup;
  clusters: L.LayerGroup;
  index: number;
}

/** Markers of a later point layer are stacked below every marker of an earlier one. */
const LAYER_Z_STEP = 100000;
const HOLLOW_EXTRA_PX = 6;
/** How often, 250 ms apart, a selected marker is checked and brought back into view: three seconds. */
const REVEAL_CHECKS = 12;
const COMPACT_COUNT = new Intl.NumberFormat('en', { notation: 'compact' });
const FULL_COUNT = new Intl.NumberFormat('en');

const COLOR = /^#[0-9a-fA-F]{3,8}$/;
const safeColor = (value: string) => (COLOR.test(value) ? value : '#808080');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function textElement(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

function shapeStyle(style: ShapeStyle | null): L.PathOptions {
  if (!style) {
    return {};
  }
  return {
    color: safeColor(style.color),
    weight: style.weight,
    fillColor: safeColor(style.fillColor),
    fillOpacity: style.fillOpacity,
  };
}

class FlowLeafletMap extends HTMLElement {
  private map?: L.Map;
  private container?: HTMLDivElement;
  private pointLayers = new Map<string, PointLayer>();
  private markers = new Map<string, { marker: L.Marker; layer: PointLayer }>();
  private selectedId: string | null = null;
  private legendControl?: L.Control;
  private layersSpec?: LayersSpec;
  private pendingPoints?: PointsPayload;
  private legendSpec?: LegendSpec;
  private clusterLabelTemplate = '{count} points here, press to zoom in';
  private resizeObserver?: ResizeObserver;
  private pendingFocus?: () => void;
  private followViewport = false;
  private moving = false;
  private reportedViewport = '';

  /** The Leaflet map itself, for pages that add layers or controls of their own. */
  get leafletMap(): L.Map | undefined {
    return this.map;
  }

  set layers(json: string) {
    this.layersSpec = JSON.parse(json) as LayersSpec;
    this.build();
  }

  set points(json: string) {
    this.pendingPoints = JSON.parse(json) as PointsPayload;
    if (this.map) {
      this.showPoints(this.pendingPoints);
    }
  }

  set legend(json: string) {
    this.legendSpec = JSON.parse(json) as LegendSpec;
    if (this.map) {
      this.showLegend(this.legendSpec);
    }
  }

  /** The accessible name of a cluster bubble; {count} stands for the number of points in it. */
  set clusterLabel(template: string) {
    this.clusterLabelTemplate = template;
    this.pointLayers.forEach(({ markers }) => {
      if (markers instanceof L.MarkerClusterGroup) {
        markers.refreshClusters();
      }
    });
  }

  set selected(id: string | null) {
    this.selectedId = id || null;
    // One answer from the server may also bring new points, applied after this: reveal once all of it is in,
    // or the reveal would chase a marker that is about to be replaced.
    queueMicrotask(() => this.showSelection(true));
  }

  connectedCallback() {
    // Flow may set properties before this element is defined; re-apply them through the setters.
    for (const name of ['clusterLabel', 'layers', 'legend', 'points', 'selected'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.build();
    this.resizeObserver = new ResizeObserver(() => {
      this.map?.invalidateSize();
      this.applyPendingFocus();
      this.reportViewport();
    });
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  private build() {
    if (this.map || !this.layersSpec || !this.isConnected) {
      return;
    }
    const spec = this.layersSpec;
    this.container = document.createElement('div');
    this.container.className = 'flm-container';
    this.appendChild(this.container);
    // Marker clustering needs a maximum zoom even when no tile layer sets one: the deepest base layer's.
    const maxZoom = Math.max(...spec.baseLayers.map((base) => base.maxZoom));
    const map = L.map(this.container, { minZoom: spec.minZoom, maxZoom, zoomSnap: 0.5 });
    this.map = map;
    map.setView(spec.center, spec.zoom);
    map.createPane('flm-base').style.zIndex = '150';
    map.on('movestart', () => {
      this.moving = true;
    });
    map.on('moveend', () => {
      this.moving = false;
      this.reportViewport();
    });

    const baseLayers: Record<string, L.Layer> = {};
    spec.baseLayers.forEach((base, index) => {
      const layer = this.baseLayer(base);
      baseLayers[escapeHtml(base.name)] = layer;
      if (base.active || (index === 0 && !spec.baseLayers.some((b) => b.active))) {
        layer.addTo(map);
      }
    });

    const overlays: Record<string, L.Layer> = {};
    spec.overlays.forEach((overlay) => {
      const layer = this.overlay(overlay);
      overlays[escapeHtml(overlay.name)] = layer;
      if (overlay.visible) {
        layer.addTo(map);
      }
    });

    spec.pointLayers.forEach((layerSpec, index) => {
      const markers = layerSpec.cluster
        ? L.markerClusterGroup({
            showCoverageOnHover: false,
            maxClusterRadius: 36,
            spiderfyOnMaxZoom: true,
            iconCreateFunction: (cluster) => this.clusterIcon(cluster.getChildCount(), layerSpec.hollow),
          })
        : L.layerGroup();
      if (markers instanceof L.MarkerClusterGroup) {
        // Leaflet makes a cluster bubble a focusable role="button" that opens with Enter; Space should too, and
        // like Enter it leaves the focus on the map, as the bubble itself goes away.
        markers.on('clusterkeydown', (event) => {
          const key = (event as L.LeafletKeyboardEvent).originalEvent;
          if (key.key === ' ') {
            key.preventDefault();
            (event.layer as L.Marker).getElement()?.click();
            this.container?.focus();
          }
        });
      }
      const clusters = L.layerGroup();
      const group = L.layerGroup([markers, clusters]);
      if (layerSpec.visible) {
        group.addTo(map);
      }
      overlays[escapeHtml(layerSpec.name)] = group;
      this.pointLayers.set(layerSpec.id, { spec: layerSpec, group, markers, clusters, index });
    });

    L.control.layers(baseLayers, overlays, { collapsed: true }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    if (this.legendSpec) {
      this.showLegend(this.legendSpec);
    }
    if (this.pendingPoints) {
      this.showPoints(this.pendingPoints);
    }
  }

  private baseLayer(base: BaseLayerSpec): L.Layer {
    if (base.kind === 'TILES') {
      return L.tileLayer(base.url, { attribution: base.attribution, maxZoom: base.maxZoom });
    }
    const layer = L.geoJSON(undefined, {
      pane: 'flm-base',
      interactive: false,
      style: () => shapeStyle(base.style),
      attribution: base.attribution,
    });
    this.fetchGeoJson(base.url, layer, 'baseReady');
    return layer;
  }

  private overlay(overlay: OverlaySpec): L.Layer {
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
    this.fetchGeoJson(overlay.url, layer, `overlay-${overlay.id}`);
    return layer;
  }

  private fetchGeoJson(url: string, layer: L.GeoJSON, readyFlag: string) {
    fetch(url)
      .then((response) => {
        if (!response.ok) {
          throw new Error(`${response.status} ${response.statusText}`);
        }
        return response.json();
      })
      .then((data) => {
        layer.addData(data);
        this.dataset[readyFlag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = 'true';
      })
      .catch((error) => {
        this.dispatchEvent(new CustomEvent('layer-error', { detail: { url, message: String(error) } }));
      });
  }

  private clusterIcon(count: number, hollow: boolean): L.DivIcon {
    const size = count < 10 ? 30 : count < 100 ? 36 : count < 10000 ? 44 : 52;
    const text = count < 10000 ? FULL_COUNT.format(count) : COMPACT_COUNT.format(count);
    const html = textElement('div', hollow ? 'flm-cluster flm-cluster-hollow' : 'flm-cluster', text);
    html.style.width = `${size}px`;
    html.style.height = `${size}px`;
    html.setAttribute('aria-hidden', 'true');
    return new LabelledDivIcon(
      { html, className: 'flm-cluster-icon', iconSize: [size, size] },
      this.clusterLabelTemplate.replace('{count}', FULL_COUNT.format(count)),
    );
  }

  /** A bubble for points the server counted: pressing it zooms to where they lie, and the server sends more. */
  private serverCluster(cluster: ClusterSpec, layer: PointLayer): L.Marker {
    const marker = L.marker([cluster.lat, cluster.lng], {
      icon: this.clusterIcon(cluster.count, layer.spec.hollow),
      keyboard: true,
      zIndexOffset: -layer.index * LAYER_Z_STEP,
    });
    const zoomIn = () => {
      const map = this.map!;
      const bounds = L.latLngBounds(cluster.bounds);
      const zoom = Math.min(map.getBoundsZoom(bounds.pad(0.1)), map.getMaxZoom());
      // Points at one spot have no extent to fit: step in instead, so a press always gets closer.
      map.setView(bounds.getCenter(), Math.max(zoom, Math.min(map.getZoom() + 2, map.getMaxZoom())));
    };
    marker.on('click', zoomIn);
    marker.on('keydown', (event) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent;
      if (key.key === 'Enter' || key.key === ' ') {
        key.preventDefault();
        zoomIn();
        this.container?.focus();
      }
    });
    return marker;
  }

  /** While the server sends only what the view shows, tell it about each new view the map comes to rest on. */
  private reportViewport() {
    const map = this.map;
    if (!map || !this.followViewport || this.moving) {
      return;
    }
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) {
      return;
    }
    const bounds = map.getBounds();
    // Leaflet's bounds go past ±180° when the world repeats side by side; the server's world does not.
    const detail = {
      south: Math.max(-90, bounds.getSouth()),
      west: Math.max(-180, bounds.getWest()),
      north: Math.min(90, bounds.getNorth()),
      east: Math.min(180, bounds.getEast()),
      zoom: map.getZoom(),
    };
    const key = JSON.stringify(detail);
    if (key !== this.reportedViewport) {
      this.reportedViewport = key;
      this.dispatchEvent(new CustomEvent('viewport-change', { detail }));
    }
  }

  private showPoints(payload: PointsPayload) {
    const map = this.map!;
    this.markers.clear();
    const byLayer = new Map<PointLayer, L.Marker[]>();
    this.pointLayers.forEach((layer) => byLayer.set(layer, []));
    const placed = payload.points.filter((point) => this.pointLayers.has(point.layer));
    placed.forEach((point) => {
      const layer = this.pointLayers.get(point.layer)!;
      byLayer.get(layer)!.push(this.marker(point, layer));
    });
    byLayer.forEach((markers, layer) => {
      layer.markers.clearLayers();
      if (layer.markers instanceof L.MarkerClusterGroup) {
        layer.markers.addLayers(markers);
      } else {
        markers.forEach((marker) => layer.markers.addLayer(marker));
      }
      this.setAttribute(`data-points-${layer.spec.id}`, String(markers.length));
    });
    this.pointLayers.forEach((layer) => layer.clusters.clearLayers());
    const clusters = (payload.clusters ?? []).filter((cluster) => this.pointLayers.has(cluster.layer));
    clusters.forEach((cluster) => {
      const layer = this.pointLayers.get(cluster.layer)!;
      layer.clusters.addLayer(this.serverCluster(cluster, layer));
    });
    // Fit what the reader sees: the points of the layers that are switched on.
    const shown = placed.filter((point) => map.hasLayer(this.pointLayers.get(point.layer)!.group));
    const fit = (bounds: L.LatLngBounds) => () => map.fitBounds(bounds.pad(0.3), { maxZoom: 7 });
    if (payload.fit && shown.length > 0) {
      this.pendingFocus = fit(L.latLngBounds(shown.map((p) => [p.lat, p.lng] as [number, number])));
    } else if (payload.bounds) {
      this.pendingFocus = fit(L.latLngBounds(payload.bounds));
    } else if (payload.center && payload.zoom !== null) {
      const [center, zoom] = [payload.center, payload.zoom];
      this.pendingFocus = () => map.setView(center, zoom);
    }
    this.followViewport = payload.followViewport ?? false;
    this.applyPendingFocus();
    this.dataset.points = String(placed.length);
    this.dataset.clusters = String(clusters.length);
    this.dataset.clustered = String(clusters.reduce((sum, cluster) => sum + cluster.count, 0));
    this.showSelection(false);
    // A move reports itself when it ends; without one, the view the server worked from may still be stale.
    this.reportViewport();
  }

  // Fitting points into view needs the map's size. On a first page load (a shared /?year= link) the element
  // may not be laid out yet: Leaflet would fit the points into 0×0 pixels and land on the minimum zoom. Such
  // a move waits for the first real size from the resize observer.
  private applyPendingFocus() {
    const map = this.map;
    if (!map || !this.pendingFocus) {
      return;
    }
    map.invalidateSize();
    const size = map.getSize();
    if (size.x > 0 && size.y > 0) {
      const focus = this.pendingFocus;
      this.pendingFocus = undefined;
      focus();
    }
  }

  private marker(point: PointSpec, layer: PointLayer): L.Marker {
    // A ring is drawn a little wider, so it still shows around a filled point of the same place and size.
    const size = Math.max(2, Math.round(point.radius * 2)) + (layer.spec.hollow ? HOLLOW_EXTRA_PX : 0);
    const dot = document.createElement('div');
    dot.className = layer.spec.hollow ? 'flm-point flm-point-hollow' : 'flm-point';
    dot.dataset.featureId = point.id;
    dot.dataset.layer = layer.spec.id;
    dot.style.width = `${size}px`;
    dot.style.height = `${size}px`;
    if (layer.spec.hollow) {
      dot.style.borderColor = safeColor(point.color);
    } else {
      dot.style.background = safeColor(point.color);
    }
    const marker = L.marker([point.lat, point.lng], {
      icon: L.divIcon({ html: dot, className: 'flm-point-icon', iconSize: [size, size] }),
      keyboard: true,
      title: point.label,
      riseOnHover: true,
      // Bigger attacks are drawn below smaller ones so every marker stays clickable.
      zIndexOffset: -Math.round(point.radius * 10) - layer.index * LAYER_Z_STEP,
    });
    const tooltip = document.createElement('div');
    tooltip.appendChild(textElement('div', 'flm-tooltip-title', point.label));
    point.details.forEach((line) => tooltip.appendChild(textElement('div', '', line)));
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -size / 2], className: 'flm-tooltip' });
    const select = () => this.dispatchEvent(new CustomEvent('feature-click', { detail: { id: point.id } }));
    marker.on('click', select);
    // Leaflet makes the marker a focusable role="button" but fires no click for the keyboard (Enter only
    // opens a bound popup, and there is none): activate it with Enter or Space as any button.
    marker.on('keydown', (event) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent.key;
      if (key === 'Enter' || key === ' ') {
        (event as L.LeafletKeyboardEvent).originalEvent.preventDefault();
        select();
      }
    });
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('role', 'button');
      element?.setAttribute('aria-label', [point.label, ...point.details].join(', '));
      if (point.id === this.selectedId) {
        element?.querySelector('.flm-point')?.classList.add('flm-selected');
      }
    });
    this.markers.set(point.id, { marker, layer });
    return marker;
  }

  private showSelection(reveal: boolean) {
    this.querySelectorAll('.flm-point.flm-selected').forEach((e) => e.classList.remove('flm-selected'));
    const selected = this.selectedId ? this.markers.get(this.selectedId) : undefined;
    if (!selected) {
      return;
    }
    const { marker, layer } = selected;
    marker.getElement()?.querySelector('.flm-point')?.classList.add('flm-selected');
    // Only while its layer is shown: a layer switched off in the layer control stays off.
    if (reveal && this.map?.hasLayer(layer.group)) {
      this.reveal(marker, layer.markers, REVEAL_CHECKS);
    }
  }

  // Brings a selected marker into view without losing the reader's place: pan when it is off screen, and
  // when it sits in a cluster spread that cluster out where it is. (Zooming into the cluster, as
  // markercluster's zoomToShowLayer does, lands at street level where attacks that share a town's point
  // are still together and the offline base map shows nothing around them.)
  private reveal(marker: L.Marker, group: L.LayerGroup, attemptsLeft: number) {
    const map = this.map;
    const stillSelected = this.selectedId !== null && this.markers.get(this.selectedId)?.marker === marker;
    if (!map || !stillSelected || attemptsLeft <= 0) {
      return;
    }
    if (!this.inView(marker)) {
      const shown = group instanceof L.MarkerClusterGroup ? group.getVisibleParent(marker) : marker;
      if (shown instanceof L.MarkerCluster && this.inView(shown)) {
        shown.spiderfy();
      } else {
        map.panTo(marker.getLatLng());
      }
    }
    // Leaflet and markercluster ignore a spiderfy (and cut a pan short) while the map still moves, and a zoom
    // that ends later (as after a filter change) closes a spread cluster again: keep watching for a few seconds.
    window.setTimeout(() => this.reveal(marker, group, attemptsLeft - 1), 250);
  }

  /** Whether the marker is drawn and well inside the map, not at its very edge. */
  private inView(marker: L.Marker): boolean {
    return !!marker.getElement() && !!this.map && this.map.getBounds().pad(-0.1).contains(marker.getLatLng());
  }

  private showLegend(spec: LegendSpec) {
    this.legendControl?.remove();
    const legend = new L.Control({ position: 'bottomright' });
    legend.onAdd = () => {
      // A <details> box, so on a small map the key folds away instead of hiding the points under it.
      const box = document.createElement('details');
      box.className = 'flm-legend';
      box.open = window.matchMedia('(min-width: 600px)').matches;
      box.appendChild(textElement('summary', 'flm-legend-title', spec.title));
      spec.entries.forEach((entry) => {
        const row = document.createElement('div');
        const swatch = textElement('span', entry.hollow ? 'flm-legend-swatch flm-legend-swatch-hollow' : 'flm-legend-swatch', '');
        if (entry.hollow) {
          swatch.style.borderColor = safeColor(entry.color);
        } else {
          swatch.style.background = safeColor(entry.color);
        }
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(entry.label));
        box.appendChild(row);
      });
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    this.legendControl = legend.addTo(this.map!);
  }
}

/** A div icon that carries an accessible name: Leaflet gives the icon role="button" but no name. */
class LabelledDivIcon extends L.DivIcon {
  constructor(
    options: L.DivIconOptions,
    private readonly label: string,
  ) {
    super(options);
  }

  createIcon(oldIcon?: HTMLElement): HTMLElement {
    const icon = super.createIcon(oldIcon);
    icon.setAttribute('aria-label', this.label);
    return icon;
  }
}

customElements.define('flow-leaflet-map', FlowLeafletMap);
