// Small helpers for putting data into the page safely: as text nodes and checked colours, never as HTML.
import L from './leaflet-global';
import type { ShapeStyle } from './specs';

const COLOR = /^#[0-9a-fA-F]{3,8}$/;
export const safeColor = (value: string) => (COLOR.test(value) ? value : '#808080');

/** For Leaflet's layer control, which takes HTML: names are escaped first. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function textElement(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

const DASH = /^[0-9., ]+$/;

export function shapeStyle(style: ShapeStyle | null): L.PathOptions {
  if (!style) {
    return {};
  }
  return {
    color: safeColor(style.color),
    weight: style.weight,
    fillColor: safeColor(style.fillColor),
    fillOpacity: style.fillOpacity,
    dashArray: style.dashArray && DASH.test(style.dashArray) ? style.dashArray : undefined,
    // A line layer (no fill) must not draw a closed ring's inside either.
    fill: style.fillOpacity > 0,
  };
}
