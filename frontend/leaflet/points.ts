// Point layers: markers (clustered in the browser or not), and bubbles for the clusters the server counted.
import L from './leaflet-global';
import type { ClusterSpec, PointLayerSpec, PointSpec } from './specs';
import { safeColor, textElement } from './dom';
import { numberFormat } from './numbers';

/**
 * A point layer as built: its spec, the group the layer control switches (holding the point markers, clustered
 * in the browser or not, and the server's clusters), and its place in the stacking order.
 */
export interface PointLayer {
  spec: PointLayerSpec;
  group: L.LayerGroup;
  markers: L.LayerGroup;
  clusters: L.LayerGroup;
  index: number;
}

export interface PlacedMarker {
  marker: L.Marker;
  layer: PointLayer;
}

/** Markers of a later point layer are stacked below every marker of an earlier one. */
const LAYER_Z_STEP = 100000;
const HOLLOW_EXTRA_PX = 6;

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

/**
 * A point's dot, made only when its marker is drawn: a change of filter places every point, but markercluster
 * draws only those not inside a cluster bubble.
 */
class PointIcon extends L.DivIcon {
  constructor(
    options: L.DivIconOptions,
    private readonly point: PointSpec,
    private readonly layerId: string,
    private readonly hollow: boolean,
  ) {
    super(options);
  }

  createIcon(oldIcon?: HTMLElement): HTMLElement {
    const [width, height] = this.options.iconSize as [number, number];
    const dot = document.createElement('div');
    dot.className = this.hollow ? 'flm-point flm-point-hollow' : 'flm-point';
    dot.dataset.featureId = this.point.id;
    dot.dataset.layer = this.layerId;
    dot.style.width = `${width}px`;
    dot.style.height = `${height}px`;
    if (this.hollow) {
      dot.style.borderColor = safeColor(this.point.color);
    } else {
      dot.style.background = safeColor(this.point.color);
    }
    this.options.html = dot;
    return super.createIcon(oldIcon);
  }
}

export class PointLayers {
  readonly layers = new Map<string, PointLayer>();
  readonly markers = new Map<string, PlacedMarker>();
  clusterLabelTemplate = '{count} points here, press to zoom in';
  /** Counts in the page's language and digits (its lang may name them: "fa-AF-u-nu-latn"). */
  private readonly fullCount: Intl.NumberFormat;
  private readonly compactCount: Intl.NumberFormat;

  constructor(
    private readonly map: L.Map,
    specs: PointLayerSpec[],
    private readonly host: HTMLElement,
    private readonly focusMap: () => void,
    /** Called when markers move on screen without the map moving (a cluster opening or closing). */
    private readonly moved: () => void,
    /** The selected point's id now: a marker drawn later (a cluster spread out) is marked by it. */
    private readonly selectedId: () => string | null,
  ) {
    const language = host.closest<HTMLElement>('[lang]')?.lang || 'en';
    this.fullCount = numberFormat(language, {});
    this.compactCount = numberFormat(language, { notation: 'compact' });
    specs.forEach((spec, index) => {
      const markers = spec.cluster
        ? L.markerClusterGroup({
            showCoverageOnHover: false,
            maxClusterRadius: 36,
            spiderfyOnMaxZoom: true,
            iconCreateFunction: (cluster) => this.clusterIcon(cluster.getChildCount(), spec.hollow),
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
            this.focusMap();
          }
        });
        // markercluster ends its animations on a 200 ms timer, while the CSS moving the markers runs for 300 ms:
        // wait for the markers to stand still.
        markers.on('animationend spiderfied unspiderfied', () => window.setTimeout(() => this.moved(), 350));
      }
      const clusters = L.layerGroup();
      const group = L.layerGroup([markers, clusters]);
      if (spec.visible) {
        group.addTo(map);
      }
      this.layers.set(spec.id, { spec, group, markers, clusters, index });
    });
  }

  refreshClusterLabels() {
    this.layers.forEach(({ markers }) => {
      if (markers instanceof L.MarkerClusterGroup) {
        markers.refreshClusters();
      }
    });
  }

  /** Replaces every layer's markers and server clusters; returns the points placed on a known layer. */
  show(points: PointSpec[], clusterSpecs: ClusterSpec[]): PointSpec[] {
    this.markers.clear();
    const byLayer = new Map<PointLayer, L.Marker[]>();
    this.layers.forEach((layer) => byLayer.set(layer, []));
    const placed = points.filter((point) => this.layers.has(point.layer));
    placed.forEach((point) => {
      const layer = this.layers.get(point.layer)!;
      byLayer.get(layer)!.push(this.marker(point, layer));
    });
    byLayer.forEach((markers, layer) => {
      layer.markers.clearLayers();
      if (layer.markers instanceof L.MarkerClusterGroup) {
        layer.markers.addLayers(markers);
      } else {
        markers.forEach((marker) => layer.markers.addLayer(marker));
      }
      this.host.setAttribute(`data-points-${layer.spec.id}`, String(markers.length));
    });
    this.layers.forEach((layer) => layer.clusters.clearLayers());
    const clusters = clusterSpecs.filter((cluster) => this.layers.has(cluster.layer));
    clusters.forEach((cluster) => {
      const layer = this.layers.get(cluster.layer)!;
      layer.clusters.addLayer(this.serverCluster(cluster, layer));
    });
    this.host.dataset.points = String(placed.length);
    this.host.dataset.clusters = String(clusters.length);
    this.host.dataset.clustered = String(clusters.reduce((sum, cluster) => sum + cluster.count, 0));
    return placed;
  }

  isShown(point: PointSpec): boolean {
    return this.map.hasLayer(this.layers.get(point.layer)!.group);
  }

  private clusterIcon(count: number, hollow: boolean): L.DivIcon {
    const size = count < 10 ? 30 : count < 100 ? 36 : count < 10000 ? 44 : 52;
    const text = count < 10000 ? this.fullCount.format(count) : this.compactCount.format(count);
    const html = textElement('div', hollow ? 'flm-cluster flm-cluster-hollow' : 'flm-cluster', text);
    html.style.width = `${size}px`;
    html.style.height = `${size}px`;
    html.setAttribute('aria-hidden', 'true');
    return new LabelledDivIcon(
      { html, className: 'flm-cluster-icon', iconSize: [size, size] },
      this.clusterLabelTemplate.replace('{count}', this.fullCount.format(count)),
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
      const map = this.map;
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
        this.focusMap();
      }
    });
    return marker;
  }

  private marker(point: PointSpec, layer: PointLayer): L.Marker {
    const hollow = layer.spec.hollow || point.hollow === true;
    // A ring is drawn a little wider, so it still shows around a filled point of the same place and size.
    const size = Math.max(2, Math.round(point.radius * 2)) + (hollow ? HOLLOW_EXTRA_PX : 0);
    const marker = L.marker([point.lat, point.lng], {
      icon: new PointIcon({ className: 'flm-point-icon', iconSize: [size, size] }, point, layer.spec.id, hollow),
      keyboard: true,
      title: point.label,
      riseOnHover: true,
      // Bigger attacks are drawn below smaller ones so every marker stays clickable.
      zIndexOffset: -Math.round(point.radius * 10) - layer.index * LAYER_Z_STEP,
    });
    // Made when first shown: most markers of a change are never hovered.
    const tooltip = () => {
      const content = document.createElement('div');
      content.appendChild(textElement('div', 'flm-tooltip-title', point.label));
      point.details.forEach((line) => content.appendChild(textElement('div', '', line)));
      return content;
    };
    marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -size / 2], className: 'flm-tooltip' });
    const select = () => this.host.dispatchEvent(new CustomEvent('feature-click', { detail: { id: point.id } }));
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
      if (point.id === this.selectedId()) {
        element?.querySelector('.flm-point')?.classList.add('flm-selected');
      }
    });
    this.markers.set(point.id, { marker, layer });
    return marker;
  }
}
