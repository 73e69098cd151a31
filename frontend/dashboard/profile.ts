// <atlas-profile>: the browser half of ProfilePanel.java. The server sets
//   outline  JSON {heading, name, aliasesLabel, aliases, failed, sections: [{id, title}]}, shared by every tab
//   source   the URL of the facts: {sections: {id: [{heading, when?, estimate?, text, sources: [{text, url}]}]}}
// Each section is a native <details>; its facts are fetched (once, for all sections) when one is first opened.
// The data's texts are English in a page of any language: they are marked so, and go in as text, never as HTML.

import { adoptProperties } from './adopt-properties';

interface Outline {
  heading: string;
  name: string;
  aliasesLabel: string;
  aliases: string;
  failed: string;
  sections: { id: string; title: string }[];
}

interface Fact {
  heading: string;
  when?: string;
  estimate?: string;
  text: string;
  sources: { text: string; url: string }[];
}

interface Facts {
  sections: Record<string, Fact[]>;
}

const WEB_LINK = /^https?:\/\//i;

function english<T extends HTMLElement>(element: T): T {
  element.lang = 'en';
  element.dir = 'ltr';
  return element;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const created = document.createElement(tag);
  if (text !== undefined) {
    created.textContent = text;
  }
  if (className) {
    created.className = className;
  }
  return created;
}

class AtlasProfile extends HTMLElement {
  private shown: Outline | null = null;
  private factsUrl = '';
  private facts: Promise<Facts> | null = null;

  set outline(json: string) {
    this.shown = JSON.parse(json) as Outline;
    this.draw();
  }

  set source(url: string) {
    this.factsUrl = url;
    this.facts = null;
  }

  connectedCallback() {
    adoptProperties(this, ['outline', 'source']);
  }

  private draw() {
    const outline = this.shown!;
    const heading = element('h2', outline.heading);
    heading.append(english(element('span', outline.name)));
    const aliases = element('p', outline.aliasesLabel, 'aliases');
    aliases.append(english(element('span', outline.aliases)));
    const sections = outline.sections.map((section) => {
      const details = element('details');
      details.id = `profile-${section.id}`;
      details.dataset.section = section.id;
      const summary = element('summary');
      summary.append(english(element('span', section.title)));
      details.append(summary);
      details.addEventListener('toggle', () => {
        if (details.open) {
          this.fill(details);
        }
      });
      return details;
    });
    this.replaceChildren(heading, aliases, ...sections);
  }

  private async fill(details: HTMLDetailsElement) {
    if (details.querySelector('.facts')) {
      return;
    }
    details.querySelector('.failure')?.remove();
    details.setAttribute('aria-busy', 'true');
    try {
      const facts = (await this.load()).sections[details.dataset.section!] ?? [];
      if (!details.querySelector('.facts')) {
        const list = element('div', undefined, 'facts');
        list.append(...facts.map((fact) => AtlasProfile.fact(fact)));
        details.append(list);
      }
    } catch {
      this.facts = null;
      const failure = element('p', this.shown!.failed, 'failure');
      failure.setAttribute('role', 'alert');
      details.append(failure);
    } finally {
      details.removeAttribute('aria-busy');
    }
  }

  private load(): Promise<Facts> {
    this.facts ??= fetch(this.factsUrl, { headers: { Accept: 'application/json' } }).then((response) => {
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      return response.json() as Promise<Facts>;
    });
    return this.facts;
  }

  private static fact(fact: Fact): HTMLElement {
    const heading = english(element('h3', fact.heading));
    if (fact.when) {
      heading.append(element('span', fact.when, 'when'));
    }
    const item = element('div', undefined, 'fact');
    item.append(heading);
    if (fact.estimate) {
      item.append(element('p', fact.estimate, 'estimate'));
    }
    const sources = english(element('ul', undefined, 'source-list'));
    sources.append(
      ...fact.sources.map((source) => {
        const link = element('a', source.text);
        if (WEB_LINK.test(source.url)) {
          link.href = source.url;
        }
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        const entry = element('li');
        entry.append(link);
        return entry;
      }),
    );
    item.append(english(element('p', fact.text)), sources);
    return item;
  }
}

customElements.define('atlas-profile', AtlasProfile);
