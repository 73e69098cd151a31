// Leaflet.markercluster is a UMD plugin that extends a global `L`. Leaflet's ES module namespace is
// frozen, so the plugin gets a mutable copy; the classes inside are the same objects.
import * as Leaflet from 'leaflet';

const L = { ...Leaflet } as typeof Leaflet;
(window as unknown as { L: typeof Leaflet }).L = L;

export default L;
