// <atlas-phone-tabs>: the browser half of PhoneTabs.java, tabs for narrow screens only. The server sets one
// property,
//   tabs  JSON [{label, pane}]  each tab's label and the id of the pane it shows
// and this element draws native buttons in the ARIA tabs pattern: one tab stop, arrow keys (wrapping), Home and
// End move between the tabs. Choosing a tab hides the other panes on a phone (the class phone-hidden, which only
// the phone layout obeys); nothing reaches the server, which does not need to know. Labels go in as text.

import { adoptProperties } from './adopt-properties';

interface Tab {
  label: string;
  pane: string;
}

const HIDDEN_ON_PHONE = 'phone-hidden';

class AtlasPhoneTabs extends HTMLElement {
  private panes: string[] = [];

  connectedCallback(): void {
    adoptProperties(this, ['tabs']);
  }

  set tabs(json: string) {
    const tabs = JSON.parse(json) as Tab[];
    this.panes = tabs.map((tab) => tab.pane);
    this.replaceChildren(...tabs.map((tab, index) => this.button(tab, index)));
    this.choose(0);
  }

  private button(tab: Tab, index: number): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `phone-tab-${tab.pane}`;
    button.className = 'phone-tab';
    button.textContent = tab.label;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', tab.pane);
    button.addEventListener('click', () => this.choose(index));
    button.addEventListener('keydown', (event) => {
      const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: this.panes.length - 1 }[event.key];
      if (to !== undefined) {
        event.preventDefault();
        const wrapped = (to + this.panes.length) % this.panes.length;
        this.choose(wrapped);
        (this.children[wrapped] as HTMLElement).focus();
      }
    });
    return button;
  }

  private choose(index: number): void {
    this.panes.forEach((pane, i) => {
      const chosen = i === index;
      const tab = this.children[i] as HTMLElement;
      tab.setAttribute('aria-selected', String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
      document.getElementById(pane)?.classList.toggle(HIDDEN_ON_PHONE, !chosen);
    });
  }
}

customElements.define('atlas-phone-tabs', AtlasPhoneTabs);
