// <atlas-year-chart>: the browser half of the per-year chart (YearChart.java). The server sends the bars (their
// texts already in the reader's language) as one JSON property and the chosen years as two more; this element
// draws the bars as buttons in its light DOM and turns gestures into three events the server decides on:
//   year-pick  {year, extend}  a click, Shift-click, Enter/Space or Shift+Enter/Space on a bar
//   year-drag  {anchor, year}  a drag across bars, from the anchor bar to the one released on
//   year-clear                 Escape
// It also keeps one bar in the Tab order and moves focus between bars with the arrow keys (a toolbar).

import { adoptProperties } from './adopt-properties';

const BAR = 'button[data-year]';

/** One bar as YearChart.Bar sends it. */
interface Bar {
  year: number;
  value: string;
  shortYear: string;
  label: string;
  height: string;
}
/** A click that arrives this soon after a drag ended is the drag's own click, not a new pick. */
const CLICK_AFTER_DRAG_MS = 400;

class AtlasYearChart extends HTMLElement {
  private dragAnchor: HTMLButtonElement | null = null;
  private dragOver: HTMLButtonElement | null = null;
  private dragEndedAt = 0;
  private chosen = { from: 0, to: 0 };

  set bars(json: string) {
    this.replaceChildren(...(JSON.parse(json) as Bar[]).map((bar) => AtlasYearChart.button(bar)));
    this.markChosen();
  }

  set chosenFrom(year: number) {
    this.chosen.from = year;
    this.markChosen();
  }

  set chosenTo(year: number) {
    this.chosen.to = year;
    this.markChosen();
  }

  private static button(bar: Bar): HTMLButtonElement {
    const value = document.createElement('span');
    value.className = 'bar-value';
    value.textContent = bar.value;
    const fill = document.createElement('div');
    fill.className = 'bar-fill';
    fill.style.height = bar.height;
    const year = document.createElement('span');
    year.className = 'bar-year';
    year.textContent = bar.shortYear;
    const button = document.createElement('button');
    button.className = 'bar';
    button.dataset.year = String(bar.year);
    button.setAttribute('aria-label', bar.label);
    button.title = bar.label;
    button.append(value, fill, year);
    return button;
  }

  /** All years (0) singles out no bar. */
  private markChosen() {
    const { from, to } = this.chosen;
    for (const bar of this.barButtons()) {
      const year = AtlasYearChart.year(bar);
      bar.setAttribute('aria-pressed', String(from !== 0 && year >= from && year <= to));
    }
    this.placeTabStop();
  }

  connectedCallback() {
    adoptProperties(this, ['bars', 'chosenFrom', 'chosenTo']);
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('keyup', this.onKeyUp);
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('pointerdown', this.onPointerDown);
    this.addEventListener('pointermove', this.onPointerMove);
    this.placeTabStop();
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('keyup', this.onKeyUp);
    this.removeEventListener('focusin', this.onFocusIn);
    this.removeEventListener('pointerdown', this.onPointerDown);
    this.removeEventListener('pointermove', this.onPointerMove);
    this.endDrag();
  }

  private barButtons(): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>(BAR)];
  }

  private barOf(target: EventTarget | null): HTMLButtonElement | null {
    const bar = target instanceof Element ? target.closest<HTMLButtonElement>(BAR) : null;
    return bar && this.contains(bar) ? bar : null;
  }

  private static year(bar: HTMLButtonElement): number {
    return Number(bar.dataset.year);
  }

  private send(type: string, detail: Record<string, unknown> = {}) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  private readonly onClick = (event: MouseEvent) => {
    const bar = this.barOf(event.target);
    if (!bar || performance.now() - this.dragEndedAt < CLICK_AFTER_DRAG_MS) {
      return;
    }
    this.send('year-pick', { year: AtlasYearChart.year(bar), extend: event.shiftKey });
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const bar = this.barOf(event.target);
    if (!bar || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const bars = this.barButtons();
    const index = bars.indexOf(bar);
    const moves: Record<string, number> = {
      ArrowLeft: index - 1, ArrowUp: index - 1, ArrowRight: index + 1, ArrowDown: index + 1,
      Home: 0, End: bars.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = bars[Math.max(0, Math.min(bars.length - 1, moves[event.key]))];
      this.makeTabStop(next);
      next.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      // Handled here rather than by the button's own click, which would not say whether Shift was held.
      event.preventDefault();
      if (!event.repeat) {
        this.send('year-pick', { year: AtlasYearChart.year(bar), extend: event.shiftKey });
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.send('year-clear');
    }
  };

  /** A button clicks itself when Space is released; the keydown has already picked the year. */
  private readonly onKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ' && this.barOf(event.target)) {
      event.preventDefault();
    }
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const bar = this.barOf(event.target);
    if (bar) {
      this.makeTabStop(bar);
    }
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    const bar = this.barOf(event.target);
    if (bar && event.isPrimary && event.button === 0 && !event.shiftKey) {
      this.dragAnchor = bar;
      this.dragOver = bar;
      // The release may happen outside the chart. (Pointer capture would do too, but it would also send
      // the click of a plain press to the chart instead of the bar.)
      window.addEventListener('pointerup', this.onPointerUp);
      window.addEventListener('pointercancel', this.endDrag);
    }
  };

  private readonly onPointerMove = (event: PointerEvent) => {
    if (!this.dragAnchor) {
      return;
    }
    // A touch keeps sending its moves to the bar it started on: find the bar under the finger instead.
    const bar = this.barOf(document.elementFromPoint(event.clientX, event.clientY));
    if (bar && bar !== this.dragOver) {
      this.dragOver = bar;
      this.previewDrag();
    }
  };

  private readonly onPointerUp = () => {
    const anchor = this.dragAnchor;
    const over = this.dragOver;
    this.endDrag();
    if (anchor && over && anchor !== over) {
      this.dragEndedAt = performance.now();
      this.send('year-drag', { anchor: AtlasYearChart.year(anchor), year: AtlasYearChart.year(over) });
    }
  };

  private readonly endDrag = () => {
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('pointercancel', this.endDrag);
    this.dragAnchor = null;
    this.dragOver = null;
    this.previewDrag();
  };

  /** Shows the range being dragged over before the server has it. */
  private previewDrag() {
    const ends = this.dragAnchor && this.dragOver
      ? [AtlasYearChart.year(this.dragAnchor), AtlasYearChart.year(this.dragOver)].sort((a, b) => a - b)
      : null;
    for (const bar of this.barButtons()) {
      const year = AtlasYearChart.year(bar);
      bar.classList.toggle('dragged', ends !== null && ends[0] !== ends[1] && year >= ends[0] && year <= ends[1]);
    }
  }

  private makeTabStop(bar: HTMLButtonElement) {
    for (const other of this.barButtons()) {
      other.tabIndex = other === bar ? 0 : -1;
    }
  }

  /** Tab lands on the first chosen year (or the first year); while a bar has focus it stays the stop. */
  private placeTabStop() {
    const bars = this.barButtons();
    if (bars.length === 0 || this.contains(document.activeElement)) {
      return;
    }
    this.makeTabStop(bars.find((bar) => bar.getAttribute('aria-pressed') === 'true') ?? bars[0]);
  }
}

if (!customElements.get('atlas-year-chart')) {
  customElements.define('atlas-year-chart', AtlasYearChart);
}
