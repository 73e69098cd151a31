// The map's key: point colours, and the classes of each choropleth layer shown. A <details> box, so on a small
// map the key folds away instead of hiding the points under it.
import L from './leaflet-global';
import type { ChoroplethSpec, LegendSpec } from './specs';
import { safeColor, textElement } from './dom';

export class LegendControl {
  private control?: L.Control;
  private box?: HTMLDetailsElement;
  private points?: LegendSpec;
  private choropleths: ChoroplethSpec[] = [];

  constructor(private readonly map: L.Map) {}

  show(points: LegendSpec | undefined, choropleths: ChoroplethSpec[]) {
    this.points = points;
    this.choropleths = choropleths;
    // Keep the reader's choice of folded or open across updates.
    const open = this.box ? this.box.open : window.matchMedia('(min-width: 600px)').matches;
    this.control?.remove();
    if (!points && choropleths.length === 0) {
      return;
    }
    const legend = new L.Control({ position: 'bottomright' });
    legend.onAdd = () => this.build(open);
    this.control = legend.addTo(this.map);
  }

  private build(open: boolean): HTMLElement {
    const box = document.createElement('details');
    box.className = 'flm-legend';
    box.open = open;
    this.box = box;
    const title = this.points?.title ?? this.choropleths[0]?.title ?? '';
    box.appendChild(textElement('summary', 'flm-legend-title', title));
    this.points?.entries.forEach((entry) => {
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
    this.choropleths.forEach((spec, index) => {
      if (this.points || index > 0) {
        box.appendChild(textElement('div', 'flm-legend-subtitle', spec.title));
      }
      spec.colors.forEach((color, i) => {
        const row = document.createElement('div');
        const swatch = textElement('span', 'flm-legend-swatch flm-legend-swatch-area', '');
        swatch.style.background = safeColor(color);
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(spec.legendLabels[i] ?? ''));
        box.appendChild(row);
      });
    });
    L.DomEvent.disableClickPropagation(box);
    return box;
  }
}
