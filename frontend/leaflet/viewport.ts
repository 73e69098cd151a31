// Where the map goes and what it tells the server about its view.
import type L from './leaflet-global';

export class Viewport {
  /** While the server sends only what the view shows, each view the map comes to rest on is reported. */
  followViewport = false;
  private moving = false;
  private reported = '';
  private pendingFocus?: () => void;

  constructor(
    private readonly map: L.Map,
    private readonly host: HTMLElement,
  ) {
    map.on('movestart', () => {
      this.moving = true;
    });
    map.on('moveend', () => {
      this.moving = false;
      this.report();
    });
  }

  report() {
    const map = this.map;
    if (!this.followViewport || this.moving) {
      return;
    }
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) {
      return;
    }
    const bounds = map.getBounds();
    // Leaflet's bounds go past ±180° when the world repeats side by side; the server's world does not.
    const detail = {
      south: Math.max(-90, bounds.getSouth()),
      west: Math.max(-180, bounds.getWest()),
      north: Math.min(90, bounds.getNorth()),
      east: Math.min(180, bounds.getEast()),
      zoom: map.getZoom(),
    };
    const key = JSON.stringify(detail);
    if (key !== this.reported) {
      this.reported = key;
      this.host.dispatchEvent(new CustomEvent('viewport-change', { detail }));
    }
  }

  /** A move to make as soon as the map has a size. */
  focus(move: () => void) {
    this.pendingFocus = move;
    this.applyPendingFocus();
  }

  // Fitting points into view needs the map's size. On a first page load (a shared /?year= link) the element
  // may not be laid out yet: Leaflet would fit the points into 0×0 pixels and land on the minimum zoom. Such
  // a move waits for the first real size from the resize observer.
  applyPendingFocus() {
    if (!this.pendingFocus) {
      return;
    }
    this.map.invalidateSize();
    const size = this.map.getSize();
    if (size.x > 0 && size.y > 0) {
      const focus = this.pendingFocus;
      this.pendingFocus = undefined;
      focus();
    }
  }
}
