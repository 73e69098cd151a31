// <atlas-totals>: the browser half of TotalsPanel.java. The server sets one property,
//   totals  JSON {heading, tiles: [{id, caption, figure, detail}], footnote}
// with every text already in the reader's language, and this element draws it in its light DOM: a heading, one
// tile per figure (the figure's element carries the tile's id) and a footnote. Texts go in as text, never as HTML.

import { adoptProperties } from './adopt-properties';

interface Tile {
  id: string;
  caption: string;
  figure: string;
  detail: string;
}

interface Totals {
  heading: string;
  tiles: Tile[];
  footnote: string;
}

class AtlasTotals extends HTMLElement {
  connectedCallback(): void {
    adoptProperties(this, ['totals']);
  }

  set totals(json: string) {
    const totals = JSON.parse(json) as Totals;
    const heading = document.createElement('h2');
    heading.textContent = totals.heading;
    const footnote = document.createElement('p');
    footnote.className = 'footnote';
    footnote.textContent = totals.footnote;
    this.replaceChildren(heading, ...totals.tiles.map((tile) => AtlasTotals.tile(tile)), footnote);
  }

  private static tile(tile: Tile): HTMLElement {
    const box = document.createElement('div');
    box.className = 'tile';
    box.append(
      AtlasTotals.span('caption', tile.caption),
      AtlasTotals.span('figure', tile.figure),
      AtlasTotals.span('detail', tile.detail),
    );
    (box.children[1] as HTMLElement).id = tile.id;
    return box;
  }

  private static span(className: string, text: string): HTMLElement {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  }
}

customElements.define('atlas-totals', AtlasTotals);
