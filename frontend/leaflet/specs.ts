// The JSON the server half (org.khorasanatlas.leaflet) sends, as the records there write it.

export interface ShapeStyle {
  color: string;
  weight: number;
  fillColor: string;
  fillOpacity: number;
  dashArray: string | null;
}

export interface BaseLayerSpec {
  name: string;
  kind: 'TILES' | 'GEOJSON';
  url: string;
  topoObject: string | null;
  attribution: string;
  maxZoom: number;
  style: ShapeStyle | null;
  active: boolean;
}

export interface OverlaySpec {
  id: string;
  name: string;
  url: string;
  style: ShapeStyle;
  labelProperty: string | null;
  visible: boolean;
}

export interface ShapeSource {
  url: string;
  topoObject: string | null;
}

export interface ReferenceLayerSpec {
  id: string;
  source: ShapeSource;
  style: ShapeStyle;
  interiorOnly: boolean;
  minZoom: number;
  maxZoom: number;
  baseLayer: string | null;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface LabelLayerSpec {
  id: string;
  url: string;
  minZoom: number;
  cellDegrees: number;
  cells: Bounds | null;
  baseLayer: string | null;
}

/** A fill opacity by zoom: fromOpacity up to fromZoom, toOpacity from toZoom, in a straight line between. */
export interface FillFade {
  fromZoom: number;
  fromOpacity: number;
  toZoom: number;
  toOpacity: number;
}

export interface ChoroplethLayerSpec {
  id: string;
  name: string;
  source: ShapeSource;
  visible: boolean;
  fillFade: FillFade;
}

export interface ChoroplethSpec {
  title: string;
  values: Record<string, number>;
  breaks: number[];
  colors: string[];
  legendLabels: string[];
  labels: Record<string, string>;
  selectedId: string | null;
}

export interface PointLayerSpec {
  id: string;
  name: string;
  cluster: boolean;
  hollow: boolean;
  visible: boolean;
}

export interface LayersSpec {
  baseLayers: BaseLayerSpec[];
  overlays: OverlaySpec[];
  pointLayers: PointLayerSpec[];
  referenceLayers?: ReferenceLayerSpec[];
  labelLayers?: LabelLayerSpec[];
  choroplethLayers?: ChoroplethLayerSpec[];
  center: [number, number];
  zoom: number;
  minZoom: number;
}

export interface PointSpec {
  id: string;
  layer: string;
  lat: number;
  lng: number;
  radius: number;
  color: string;
  label: string;
  details: string[];
  hollow?: boolean;
}

/** Points the server counted instead of sending; [[south, west], [north, east]] is where they lie. */
export interface ClusterSpec {
  layer: string;
  lat: number;
  lng: number;
  count: number;
  bounds: [[number, number], [number, number]];
}

/** What the map shows and where it goes; from a content source ({@code url}), the points come from there. */
export interface PointsPayload {
  url?: string;
  points: PointSpec[];
  clusters: ClusterSpec[];
  followViewport: boolean;
  fit: boolean;
  bounds: [[number, number], [number, number]] | null;
  center: [number, number] | null;
  zoom: number | null;
}

export interface LegendSpec {
  title: string;
  entries: { label: string; color: string; hollow: boolean }[];
}
