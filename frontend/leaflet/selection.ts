// The selected point: highlighted, and brought into view without losing the reader's place.
import L from './leaflet-global';
import type { PlacedMarker } from './points';

/** How often, 250 ms apart, a selected marker is checked and brought back into view: three seconds. */
const REVEAL_CHECKS = 12;

export class Selection {
  selectedId: string | null = null;
  private removed = false;

  constructor(
    private readonly map: L.Map,
    private readonly host: HTMLElement,
    private readonly markers: Map<string, PlacedMarker>,
  ) {}

  /** The map is gone: a reveal still waiting must not touch it. */
  remove() {
    this.removed = true;
  }

  show(reveal: boolean) {
    this.host.querySelectorAll('.flm-point.flm-selected').forEach((e) => e.classList.remove('flm-selected'));
    const selected = this.selectedId ? this.markers.get(this.selectedId) : undefined;
    if (!selected) {
      return;
    }
    const { marker, layer } = selected;
    marker.getElement()?.querySelector('.flm-point')?.classList.add('flm-selected');
    // Only while its layer is shown: a layer switched off in the layer control stays off.
    if (reveal && this.map.hasLayer(layer.group)) {
      this.reveal(marker, layer.markers, REVEAL_CHECKS);
    }
  }

  // Pan when the marker is off screen, and when it sits in a cluster spread that cluster out where it is.
  // (Zooming into the cluster, as markercluster's zoomToShowLayer does, lands at street level where attacks that
  // share a town's point are still together.)
  private reveal(marker: L.Marker, group: L.LayerGroup, attemptsLeft: number) {
    const stillSelected = this.selectedId !== null && this.markers.get(this.selectedId)?.marker === marker;
    if (!stillSelected || attemptsLeft <= 0 || this.removed) {
      return;
    }
    if (!this.inView(marker)) {
      const shown = group instanceof L.MarkerClusterGroup ? group.getVisibleParent(marker) : marker;
      if (shown instanceof L.MarkerCluster && this.inView(shown)) {
        shown.spiderfy();
      } else {
        this.map.panTo(marker.getLatLng());
      }
    }
    // Leaflet and markercluster ignore a spiderfy (and cut a pan short) while the map still moves, and a zoom
    // that ends later (as after a filter change) closes a spread cluster again: keep watching for a few seconds.
    window.setTimeout(() => this.reveal(marker, group, attemptsLeft - 1), 250);
  }

  /** Whether the marker is drawn and well inside the map, not at its very edge. */
  private inView(marker: L.Marker): boolean {
    return !!marker.getElement() && this.map.getBounds().pad(-0.1).contains(marker.getLatLng());
  }
}
