// The /embed page: the project's Leaflet element on a static page, fed from the public API, so a reader of an
// article costs the server two cacheable API answers and no UI session. The server puts the map's layers, the
// legend, the labels of the data's codes and the texts into a JSON block (#embed-config); everything from the
// data is put into the page as text, never as HTML.
import '../leaflet/leaflet-map';
import './embed.css';
import type { PointSpec, PointsPayload } from '../leaflet/specs';
import { numberFormat } from '../leaflet/numbers';

/** CLDR's date patterns and month names of the page's language (ReaderFigures.DateWords); absent in English. */
interface DateWords {
  day: string;
  month: string;
  year: string;
  months: string[];
  solarHijriDay: string;
  solarHijriMonths: string[];
}

interface EmbedConfig {
  dates?: DateWords;
  layers: unknown;
  legend: unknown;
  clusterLabel: string;
  colors: Record<string, string>;
  hollow: string[];
  labels: Record<'claims' | 'targets' | 'attackTypes' | 'branches' | 'countries' | 'datePrecisions', Record<string, string>>;
  texts: Record<string, string>;
  /** The parameters of the map's view, which the API does not take. */
  viewParameters: string[];
}

interface Source {
  publisher: string;
  title: string;
  date: string;
  url: string;
}

interface AttackProperties {
  name: string;
  date: string;
  datePrecision: string;
  place: string;
  admin1: string;
  country: string;
  killed: { low: number; best: number; high: number; note?: string };
  perpetratorsKilled?: number;
  injured?: { low: number; high: number; note?: string };
  target: string;
  attackType: string;
  claim: { status: string; by: string; note?: string };
  branch: string;
  sources: Source[];
}

interface AttackFeature {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: AttackProperties;
}

interface Summary {
  attacks: number;
  killed: { low: number; best: number; high: number };
  filter: { from: number; to: number };
  dataset: { version: string; dataAsOf: string };
}

interface MapElement extends HTMLElement {
  layers: string;
  legend: string;
  points: string;
  selected: string | null;
  clusterLabel: string;
}

/** Same sizes as the dashboard's markers (map.AttackMarkers): area grows with the best estimate of deaths. */
const PIXELS_PER_ROOT_DEATH = 1.7;
const MIN_RADIUS = 5;
const SAFE_URL = /^https?:\/\//i;

const config = JSON.parse(document.getElementById('embed-config')!.textContent!) as EmbedConfig;
const texts = config.texts;
const map = document.getElementById('embed-map') as MapElement;
const card = document.getElementById('embed-card')!;
const total = document.getElementById('embed-total')!;
const open = document.getElementById('embed-open') as HTMLAnchorElement;

/** A text with {name} placeholders filled in. */
const text = (key: string, values: Record<string, string | number> = {}) =>
  (texts[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
/** The page's language (the server wrote it in <html lang>): its digits, month names and calendars. */
const language = document.documentElement.lang || 'en';
const counts = numberFormat(language, {});
const digits = numberFormat(language, { useGrouping: false });
const count = (n: number) => counts.format(n);
const range = (low: number, high: number) => (low === high ? count(low) : `${count(low)}–${count(high)}`);
const killed = (k: AttackProperties['killed']) =>
  k.low === k.best && k.best === k.high ? count(k.best) : `${count(k.best)} (${range(k.low, k.high)})`;
const label = (kind: keyof EmbedConfig['labels'], code: string) => config.labels[kind][code] ?? code;

function date(p: AttackProperties): string {
  const day = new Date(`${p.date}T00:00:00Z`);
  const words = config.dates;
  if (!words) {
    // English, as the dashboard writes it ("26 August 2021").
    const options: Intl.DateTimeFormatOptions =
      p.datePrecision === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : p.datePrecision === 'month'
          ? { month: 'long', year: 'numeric' }
          : { year: 'numeric' };
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(day);
  }
  // Another language: CLDR's patterns and month names from the server, since the browser may not have the language.
  const [year, month, dayOfMonth] = p.date.split('-').map(Number);
  const pattern = p.datePrecision === 'day' ? words.day : p.datePrecision === 'month' ? words.month : words.year;
  const written = fill(pattern, dayOfMonth, words.months[month - 1], year);
  if (p.datePrecision !== 'day' || !words.solarHijriDay) {
    return written;
  }
  // The Solar Hijri day, as numbers from the browser's calendar arithmetic (in English, which every browser has).
  const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(day);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return `${written} (${fill(words.solarHijriDay, part('day'), words.solarHijriMonths[part('month') - 1], part('year'))})`;
}

/** A CLDR date pattern with its day (d), month name (MMMM) and year (y) filled in, in the page's digits. */
function fill(pattern: string, day: number, month: string, year: number): string {
  return pattern.replace(/MMMM|d|y/g, (token) => (token === 'MMMM' ? month : token === 'd' ? count(day) : digits.format(year)));
}

/** The data's own English (names, places, sources), marked so in a page of another language and kept in its order. */
function english<E extends HTMLElement>(e: E): E {
  e.lang = 'en';
  e.dir = 'ltr';
  return e;
}

function element(tag: string, content: string, className = ''): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = content;
  if (className) {
    e.className = className;
  }
  return e;
}

/** The page's query split into the API's filter and the map's view. */
function readQuery() {
  const query = new URLSearchParams(window.location.search);
  const filter = new URLSearchParams();
  const view = new Map<string, number>();
  query.forEach((value, name) => {
    if (config.viewParameters.includes(name)) {
      const number = Number(value);
      if (value !== '' && Number.isFinite(number)) {
        view.set(name, number);
      }
    } else if (name !== 'event' && name !== 'digits') {
      // The filter, and the language, in which the API words its messages.
      filter.append(name, value);
    }
  });
  return { filter, event: query.get('event'), view };
}

function point(attack: AttackFeature): PointSpec {
  const p = attack.properties;
  return {
    id: attack.id,
    layer: 'attacks',
    lat: attack.geometry.coordinates[1],
    lng: attack.geometry.coordinates[0],
    radius: Math.max(MIN_RADIUS, PIXELS_PER_ROOT_DEATH * Math.sqrt(p.killed.best)),
    color: config.colors[p.claim.status] ?? '#808080',
    label: p.name,
    details: [`${date(p)} · ${p.place}`, text('embed.marker.killed', { killed: killed(p.killed) }), label('claims', p.claim.status)],
    hollow: config.hollow.includes(p.claim.status),
  };
}

function showCard(attack: AttackFeature | undefined) {
  card.replaceChildren();
  card.hidden = !attack;
  document.querySelector('.embed')?.classList.toggle('has-card', !!attack);
  if (!attack) {
    return;
  }
  const p = attack.properties;
  const title = english(element('h2', p.name));
  title.id = 'embed-card-title';
  const close = element('button', '×', 'embed-card-close');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', text('card.close'));
  close.addEventListener('click', () => {
    select(null, true);
    map.querySelector<HTMLElement>('.leaflet-container')?.focus();
  });
  const facts = document.createElement('dl');
  const fact = (term: string, ...description: (string | Node)[]) => {
    const value = document.createElement('dd');
    value.append(...description);
    facts.append(element('dt', text(term)), value);
  };
  fact('card.date', date(p));
  fact(
    'card.place',
    english(element('span', `${p.place}, ${p.admin1}`)),
    text('text.separator') + label('countries', p.country),
  );
  const k = p.killed;
  fact('card.killed', killed(k) + (k.low === k.high ? '' : ` ${text('card.killed.range')}`));
  if (p.perpetratorsKilled !== undefined) {
    fact('card.attackers', count(p.perpetratorsKilled));
  }
  fact('card.injured', p.injured ? range(p.injured.low, p.injured.high) : text('card.injured.none'));
  fact('card.target', label('targets', p.target));
  fact('card.type', label('attackTypes', p.attackType));
  fact('card.claim', label('claims', p.claim.status) + text('text.colon'), english(element('span', p.claim.by)));
  fact('card.branch', label('branches', p.branch));
  const sources = english(document.createElement('ul'));
  sources.className = 'embed-sources';
  p.sources.forEach((source) => {
    const item = document.createElement('li');
    const content = `${source.publisher}: ${source.title} (${source.date})`;
    if (SAFE_URL.test(source.url)) {
      const link = element('a', content) as HTMLAnchorElement;
      link.href = source.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(link);
    } else {
      item.textContent = content;
    }
    sources.append(item);
  });
  card.append(close, title, facts, element('h3', text('card.sources')), sources);
}

let attacks = new Map<string, AttackFeature>();
let filter = new URLSearchParams();

/** Shows an attack's card (or none) and points "Open in Khorasan Atlas" at the same view. */
function select(id: string | null, fromReader: boolean) {
  const attack = id ? attacks.get(id) : undefined;
  map.selected = attack ? attack.id : '';
  showCard(attack);
  const dashboard = new URLSearchParams(filter);
  if (attack) {
    dashboard.set('event', attack.id);
  }
  const query = dashboard.toString();
  open.href = query ? `./?${query}` : './';
  // A reader who opened the card from a marker lands on it; Escape or its close button goes back to the map.
  if (fromReader && attack) {
    card.querySelector<HTMLElement>('.embed-card-close')?.focus();
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) {
    throw new Error(typeof body?.message === 'string' ? `${body.parameter}: ${body.message}` : response.statusText);
  }
  return body as T;
}

async function start() {
  map.clusterLabel = config.clusterLabel;
  map.layers = JSON.stringify(config.layers);
  map.legend = JSON.stringify(config.legend);
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      select(null, true);
      map.querySelector<HTMLElement>('.leaflet-container')?.focus();
    }
  });
  map.addEventListener('feature-click', (event) => select((event as CustomEvent<{ id: string }>).detail.id, true));
  const query = readQuery();
  filter = query.filter;
  const api = filter.toString() ? `?${filter}` : '';
  try {
    const [events, summary] = await Promise.all([
      fetchJson<{ features: AttackFeature[] }>(`api/events${api}`),
      fetchJson<Summary>(`api/summary${api}`),
    ]);
    attacks = new Map(events.features.map((attack) => [attack.id, attack]));
    const [lat, lng, zoom] = ['lat', 'lng', 'zoom'].map((name) => query.view.get(name));
    const view = lat !== undefined && lng !== undefined && zoom !== undefined;
    const payload: PointsPayload = {
      points: events.features.map(point),
      clusters: [],
      followViewport: false,
      // A filtered view fits its attacks, as the dashboard does; all attacks show the region.
      fit: !view && api !== '',
      bounds: null,
      center: view ? [lat, lng] : null,
      zoom: view ? zoom : null,
    };
    map.points = JSON.stringify(payload);
    const { from, to } = summary.filter;
    const period =
      from > to ? text('embed.period.none') : from === to ? digits.format(from) : `${digits.format(from)}–${digits.format(to)}`;
    total.textContent = text(summary.attacks === 1 ? 'embed.total.one' : 'embed.total', {
      period,
      attacks: count(summary.attacks),
      killed: count(summary.killed.best),
      range: range(summary.killed.low, summary.killed.high),
    });
    select(query.event, false);
    document.body.dataset.ready = 'true';
  } catch (error) {
    total.textContent = text('embed.error', { message: error instanceof Error ? error.message : String(error) });
    total.classList.add('embed-error');
  }
}

start();
