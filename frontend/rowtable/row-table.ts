// <atlas-row-table>: the browser half of RowTable.java, a table drawn page by page from a URL. The server sets
//   columns   JSON [{key, header, group?, numeric?, rowHeader?, width? (the column's least width)}]
//   texts     JSON {label, empty, previous, next, failed, retry}
//   source    the URL of the rows; the table adds sort, dir and page (or around, to show a row's page)
//   selected  the id of the row to mark ('' for none)
// and hears one event, row-choose {id}, when the reader chooses a row (a click, or Enter or Space on it).
// Sorting and paging stay in the browser: a header's button sorts by its column (ascending, then descending), the
// pager turns pages. Every text goes in as text, never as HTML.

interface Column {
  key: string;
  header: string;
  group?: string;
  numeric?: boolean;
  rowHeader?: boolean;
  width?: string;
}

interface Texts {
  label: string;
  empty: string;
  previous: string;
  next: string;
  failed: string;
  retry: string;
}

interface Cell {
  text: string;
  lang?: string;
  dir?: string;
}

interface RowPage {
  total: number;
  page: number;
  pages: number;
  sort: string;
  dir: 'asc' | 'desc';
  range: string;
  rows: { id: string; cells: Cell[] }[];
}

const PROPERTIES = ['columns', 'texts', 'source', 'selected'] as const;

class AtlasRowTable extends HTMLElement {
  private columnList: Column[] = [];
  private textsOf: Texts = { label: '', empty: '', previous: '', next: '', failed: '', retry: '' };
  private sourceUrl = '';
  private selectedId = '';
  /** The sort the reader chose; until then the rows come in the server's own order. */
  private sort: { key: string; dir: 'asc' | 'desc' } | null = null;
  private shown: RowPage | null = null;
  private shownSource = '';
  private requests = 0;
  private scheduled = false;
  private lastAsked: { page: number; around: string } = { page: 0, around: '' };

  private readonly scroller = document.createElement('div');
  private readonly table = document.createElement('table');
  private readonly head = document.createElement('thead');
  private readonly body = document.createElement('tbody');
  private readonly pager = document.createElement('div');
  private readonly previousButton = document.createElement('button');
  private readonly nextButton = document.createElement('button');
  private readonly range = document.createElement('span');
  private readonly failure = document.createElement('p');
  private readonly retryButton = document.createElement('button');

  constructor() {
    super();
    this.scroller.className = 'rt-scroll';
    this.table.className = 'rt-table';
    this.table.append(this.head, this.body);
    this.scroller.append(this.table);
    this.previousButton.type = 'button';
    this.previousButton.className = 'rt-previous';
    this.previousButton.addEventListener('click', () => this.turn(-1, this.previousButton));
    this.nextButton.type = 'button';
    this.nextButton.className = 'rt-next';
    this.nextButton.addEventListener('click', () => this.turn(1, this.nextButton));
    this.range.className = 'rt-range';
    this.range.setAttribute('role', 'status');
    this.pager.className = 'rt-pager';
    this.pager.hidden = true;
    this.pager.append(this.previousButton, this.range, this.nextButton);
    this.failure.className = 'rt-failure';
    this.failure.setAttribute('role', 'alert');
    this.failure.hidden = true;
    this.retryButton.type = 'button';
    this.retryButton.className = 'rt-retry';
    this.retryButton.addEventListener('click', async () => {
      await this.fetchPage(this.lastAsked.page, this.lastAsked.around);
      // The button hid with the alert: the focus goes to the rows it brought, not back to the top of the page.
      if (document.activeElement === this.retryButton || document.activeElement === document.body) {
        this.rowElements().find((row) => row.tabIndex === 0)?.focus({ preventScroll: true });
      }
    });
    this.body.addEventListener('click', (event) => this.onRowClick(event));
    this.body.addEventListener('keydown', (event) => this.onKeyDown(event));
  }

  set columns(json: string) {
    this.columnList = JSON.parse(json) as Column[];
    this.drawHead();
    if (this.shown) {
      this.drawRows(this.shown);
    }
  }

  set texts(json: string) {
    this.textsOf = JSON.parse(json) as Texts;
    this.table.setAttribute('aria-label', this.textsOf.label);
    this.previousButton.textContent = this.textsOf.previous;
    this.nextButton.textContent = this.textsOf.next;
    this.retryButton.textContent = this.textsOf.retry;
  }

  set source(url: string) {
    this.sourceUrl = url;
    this.schedule();
  }

  set selected(id: string) {
    this.selectedId = id;
    this.schedule();
  }

  connectedCallback() {
    // Flow may set properties before this element is defined; re-apply them through the setters.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    if (!this.scroller.isConnected) {
      this.append(this.scroller, this.pager, this.failure);
    }
  }

  /** The server sets the source and the selection in one go: act once, when both have arrived. */
  private schedule() {
    if (this.scheduled) {
      return;
    }
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.update();
    });
  }

  private update() {
    if (!this.sourceUrl) {
      return;
    }
    const onPage = this.shown?.rows.some((row) => row.id === this.selectedId) ?? false;
    if (this.shownSource === this.sourceUrl && (onPage || !this.selectedId)) {
      this.markSelected(true);
    } else {
      const samePage = this.shownSource === this.sourceUrl ? (this.shown?.page ?? 0) : 0;
      this.fetchPage(samePage, this.selectedId);
    }
  }

  private turn(by: number, button: HTMLButtonElement) {
    if (this.shown) {
      this.fetchPage(this.shown.page + by, '', button);
    }
  }

  /** @param turnedBy the pager's button that turned the page: the page shows from its top, the focus stays */
  private async fetchPage(page: number, around: string, turnedBy?: HTMLButtonElement) {
    this.lastAsked = { page, around };
    const source = this.sourceUrl;
    const url = new URL(source, document.baseURI);
    if (this.sort) {
      url.searchParams.set('sort', this.sort.key);
      url.searchParams.set('dir', this.sort.dir);
    }
    url.searchParams.set('page', String(page));
    if (around) {
      url.searchParams.set('around', around);
    }
    const request = ++this.requests;
    this.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      const answer = (await response.json()) as RowPage;
      if (request !== this.requests) {
        return;
      }
      this.failure.hidden = true;
      this.shown = answer;
      this.shownSource = source;
      this.drawRows(answer);
      if (turnedBy) {
        this.scroller.scrollTop = 0;
        // The last page disables Next (the first, Previous): the focus goes to the other button, not the page.
        if (turnedBy.disabled && document.activeElement === document.body) {
          (turnedBy === this.nextButton ? this.previousButton : this.nextButton).focus();
        }
      }
    } catch {
      if (request === this.requests) {
        this.failure.replaceChildren(document.createTextNode(this.textsOf.failed + ' '), this.retryButton);
        this.failure.hidden = false;
      }
    } finally {
      if (request === this.requests) {
        this.removeAttribute('aria-busy');
      }
    }
  }

  private drawHead() {
    const top = document.createElement('tr');
    const bottom = document.createElement('tr');
    const grouped = this.columnList.some((column) => column.group);
    let index = 0;
    while (index < this.columnList.length) {
      const column = this.columnList[index];
      if (column.group) {
        let span = 0;
        while (this.columnList[index + span]?.group === column.group) {
          bottom.append(this.headerCell(this.columnList[index + span]));
          span++;
        }
        const group = document.createElement('th');
        group.scope = 'colgroup';
        group.colSpan = span;
        group.className = 'rt-group';
        group.textContent = column.group;
        top.append(group);
        index += span;
      } else {
        const cell = this.headerCell(column);
        if (grouped) {
          cell.rowSpan = 2;
        }
        top.append(cell);
        index++;
      }
    }
    this.head.replaceChildren(...(grouped ? [top, bottom] : [top]));
    this.markSort();
  }

  private headerCell(column: Column): HTMLTableCellElement {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.dataset.key = column.key;
    if (column.numeric) {
      cell.className = 'rt-number';
    }
    if (column.width) {
      // A minimum, not a width: a phone scrolls the table sideways rather than squeeze a name into a word a line.
      cell.style.minWidth = column.width;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rt-sort';
    button.textContent = column.header;
    button.addEventListener('click', () => this.sortBy(column.key));
    cell.append(button);
    return cell;
  }

  /** A column's first press sorts ascending; pressing the column sorted by turns its direction. */
  private sortBy(key: string) {
    const current = this.sort ?? (this.shown ? { key: this.shown.sort, dir: this.shown.dir } : null);
    this.sort = { key, dir: current?.key === key && current.dir === 'asc' ? 'desc' : 'asc' };
    this.markSort();
    this.fetchPage(0, '');
  }

  private markSort() {
    const sort = this.sort ?? (this.shown ? { key: this.shown.sort, dir: this.shown.dir } : null);
    for (const cell of this.head.querySelectorAll<HTMLTableCellElement>('th[data-key]')) {
      if (sort && cell.dataset.key === sort.key) {
        cell.setAttribute('aria-sort', sort.dir === 'asc' ? 'ascending' : 'descending');
      } else {
        cell.removeAttribute('aria-sort');
      }
    }
  }

  private drawRows(page: RowPage) {
    this.markSort();
    // A focused row is drawn anew (the same filter's rows come from a new URL once one is chosen): keep the focus.
    const focused = this.body.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).closest<HTMLTableRowElement>('tr[data-id]')?.dataset.id
      : undefined;
    if (page.rows.length === 0) {
      const cell = document.createElement('td');
      cell.colSpan = Math.max(1, this.columnList.length);
      cell.className = 'rt-empty';
      cell.textContent = this.textsOf.empty;
      const row = document.createElement('tr');
      row.append(cell);
      this.body.replaceChildren(row);
    } else {
      this.body.replaceChildren(...page.rows.map((row) => this.rowElement(row)));
    }
    this.pager.hidden = page.pages <= 1;
    this.range.textContent = page.range;
    this.previousButton.disabled = page.page <= 0;
    this.nextButton.disabled = page.page >= page.pages - 1;
    if (focused !== undefined) {
      const rows = this.rowElements();
      (rows.find((row) => row.dataset.id === focused) ?? rows[0])?.focus({ preventScroll: true });
    }
    this.markSelected(true);
  }

  private rowElement(row: { id: string; cells: Cell[] }): HTMLTableRowElement {
    const element = document.createElement('tr');
    element.dataset.id = row.id;
    element.tabIndex = -1;
    row.cells.forEach((cell, index) => {
      const column = this.columnList[index];
      const td = document.createElement(column?.rowHeader ? 'th' : 'td');
      if (column?.rowHeader) {
        td.setAttribute('scope', 'row');
      }
      if (column?.numeric) {
        td.className = 'rt-number';
      }
      const text = document.createElement('span');
      text.textContent = cell.text;
      if (cell.lang) {
        text.lang = cell.lang;
      }
      if (cell.dir) {
        text.dir = cell.dir;
      }
      td.append(text);
      element.append(td);
    });
    return element;
  }

  private rowElements(): HTMLTableRowElement[] {
    return [...this.body.querySelectorAll<HTMLTableRowElement>('tr[data-id]')];
  }

  /** Marks the selected row, keeps one row in the Tab order (the selected one, else the first) and shows it. */
  private markSelected(reveal: boolean) {
    const rows = this.rowElements();
    const selected = rows.find((row) => row.dataset.id === this.selectedId);
    const focused = rows.find((row) => row === document.activeElement);
    for (const row of rows) {
      if (row === selected) {
        row.setAttribute('aria-current', 'true');
      } else {
        row.removeAttribute('aria-current');
      }
      row.tabIndex = -1;
    }
    const stop = focused ?? selected ?? rows[0];
    if (stop) {
      stop.tabIndex = 0;
    }
    if (selected && reveal) {
      this.reveal(selected);
    }
  }

  /** Scrolls the table's own box, not the page, so the row shows below the header. */
  private reveal(row: HTMLTableRowElement) {
    const box = this.scroller.getBoundingClientRect();
    const top = box.top + this.head.getBoundingClientRect().height;
    const place = row.getBoundingClientRect();
    if (place.top < top) {
      this.scroller.scrollTop -= top - place.top;
    } else if (place.bottom > box.bottom) {
      this.scroller.scrollTop += place.bottom - box.bottom;
    }
  }

  private onRowClick(event: MouseEvent) {
    const row = (event.target as Element).closest<HTMLTableRowElement>('tr[data-id]');
    if (row) {
      this.choose(row);
    }
  }

  private onKeyDown(event: KeyboardEvent) {
    const row = (event.target as Element).closest<HTMLTableRowElement>('tr[data-id]');
    if (!row) {
      return;
    }
    const rows = this.rowElements();
    const index = rows.indexOf(row);
    const target = {
      ArrowDown: rows[index + 1],
      ArrowUp: rows[index - 1],
      Home: rows[0],
      End: rows[rows.length - 1],
    }[event.key];
    if (target) {
      event.preventDefault();
      row.tabIndex = -1;
      target.tabIndex = 0;
      target.focus({ preventScroll: true });
      this.reveal(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(row);
    }
  }

  private choose(row: HTMLTableRowElement) {
    this.dispatchEvent(new CustomEvent('row-choose', { detail: { id: row.dataset.id } }));
  }
}

customElements.define('atlas-row-table', AtlasRowTable);
