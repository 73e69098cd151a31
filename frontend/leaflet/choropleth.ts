// Shapes shaded by a value each (a choropleth): the server sends values, class breaks and colours; a press on a
// shape is sent back as 'shape-click'. Shapes without a value are left clear and do nothing when pressed.
import L from './leaflet-global';
import type { ChoroplethLayerSpec, ChoroplethSpec, FillFade } from './specs';
import type { ShapeFiles } from './shapes';
import { safeColor, textElement } from './dom';

export class ChoroplethLayer {
  readonly group: L.GeoJSON;
  private spec?: ChoroplethSpec;

  constructor(
    readonly layerSpec: ChoroplethLayerSpec,
    files: ShapeFiles,
    private readonly host: HTMLElement,
    private readonly map: L.Map,
  ) {
    // The fill may fade with the zoom (the layer's fillFade), so close in the base map shows through.
    map.on('zoomend', () => this.group.setStyle((feature) => this.style(feature)));
    this.group = L.geoJSON(undefined, {
      pane: 'flm-choropleth',
      style: (feature) => this.style(feature),
      onEachFeature: (feature, shape) => this.bind(feature, shape as L.Path),
    });
    files
      .load(layerSpec.source)
      .then((data) => {
        this.group.addData(data);
        host.dataset[`choropleth${layerSpec.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`] =
          'ready';
      })
      .catch(() => undefined);
  }

  show(spec: ChoroplethSpec | null) {
    this.spec = spec ?? undefined;
    this.group.setStyle((feature) => this.style(feature));
    this.group.eachLayer((shape) => {
      const id = ChoroplethLayer.id((shape as L.GeoJSON).feature as GeoJSON.Feature);
      if (id !== null && id === this.spec?.selectedId) {
        (shape as L.Path).bringToFront();
      }
    });
  }

  get current(): ChoroplethSpec | undefined {
    return this.spec;
  }

  private static id(feature: GeoJSON.Feature | undefined): string | null {
    return feature && feature.id !== undefined ? String(feature.id) : null;
  }

  private value(feature: GeoJSON.Feature | undefined): number | undefined {
    const id = ChoroplethLayer.id(feature);
    return id === null ? undefined : this.spec?.values[id];
  }

  /** The colour of the highest class whose break the value reaches; none below the first break. */
  private color(value: number): string | null {
    const spec = this.spec!;
    let color: string | null = null;
    spec.breaks.forEach((low, i) => {
      if (value >= low) {
        color = safeColor(spec.colors[i]);
      }
    });
    return color;
  }

  private style(feature: GeoJSON.Feature | undefined): L.PathOptions {
    const value = this.value(feature);
    const color = value === undefined ? null : this.color(value);
    const selected = ChoroplethLayer.id(feature) === this.spec?.selectedId;
    const fillOpacity = ChoroplethLayer.opacity(this.layerSpec.fillFade, this.map.getZoom());
    if (selected) {
      return { color: '#111', weight: 2.5, fill: color !== null, fillColor: color ?? undefined, fillOpacity };
    }
    return color === null
      ? { stroke: false, fill: false }
      : { color: '#6b5a45', weight: 0.6, fillColor: color, fillOpacity };
  }

  private static opacity(fade: FillFade, zoom: number): number {
    if (zoom <= fade.fromZoom || fade.toZoom <= fade.fromZoom) {
      return zoom <= fade.fromZoom ? fade.fromOpacity : fade.toOpacity;
    }
    const along = Math.min(1, (zoom - fade.fromZoom) / (fade.toZoom - fade.fromZoom));
    return fade.fromOpacity + (fade.toOpacity - fade.fromOpacity) * along;
  }

  private bind(feature: GeoJSON.Feature, shape: L.Path) {
    // Leaflet listens for focus on a shape with a tooltip, and Chromium then puts every shape in the Tab order:
    // two hundred provinces before the page's controls. The province table is the keyboard's way in.
    shape.on('add', () => shape.getElement()?.setAttribute('tabindex', '-1'));
    shape.bindTooltip(
      () => {
        const id = ChoroplethLayer.id(feature);
        const label = id === null ? undefined : this.spec?.labels[id];
        const name = typeof feature.properties?.name === 'string' ? feature.properties.name : '';
        return textElement('div', '', label ?? name);
      },
      { sticky: true, className: 'flm-tooltip' },
    );
    shape.on('click', () => {
      if (this.value(feature) !== undefined) {
        this.host.dispatchEvent(
          new CustomEvent('shape-click', { detail: { layer: this.layerSpec.id, id: ChoroplethLayer.id(feature) } }),
        );
      }
    });
  }
}
