// <atlas-native-select>: the browser half of NativeSelect.java, a labelled native <select>. The server sets
//   label    the caption above the list
//   options  JSON [{value, label}]
//   value    the chosen option's value
// and hears one event, select-choose {value}, when the reader picks an option. The list opens, moves and closes
// in the browser alone. Every text goes in as text, never as HTML.

interface Option {
  value: string;
  label: string;
}

const SELECT_PROPERTIES = ['label', 'options', 'value'] as const;

class AtlasNativeSelect extends HTMLElement {
  private readonly caption = document.createElement('span');
  private readonly select = document.createElement('select');
  private chosen = '';

  constructor() {
    super();
    this.select.addEventListener('change', () => {
      this.chosen = this.select.value;
      this.dispatchEvent(new CustomEvent('select-choose', { detail: { value: this.chosen } }));
    });
  }

  connectedCallback(): void {
    if (!this.caption.isConnected) {
      const label = document.createElement('label');
      this.caption.className = 'caption';
      label.append(this.caption, this.select);
      this.append(label);
    }
    // Flow may set the properties before the element is upgraded: take them over as this class's own.
    for (const name of SELECT_PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  set label(text: string) {
    this.caption.textContent = text;
  }

  get label(): string {
    return this.caption.textContent ?? '';
  }

  set options(json: string) {
    const options = JSON.parse(json || '[]') as Option[];
    this.select.replaceChildren(
      ...options.map((option) => {
        const element = document.createElement('option');
        element.value = option.value;
        element.textContent = option.label;
        return element;
      }),
    );
    this.select.value = this.chosen;
  }

  set value(value: string) {
    this.chosen = value;
    this.select.value = value;
  }

  get value(): string {
    return this.chosen;
  }
}

customElements.define('atlas-native-select', AtlasNativeSelect);
