// The benchmark's baseline: the same Leaflet map as <flow-leaflet-map> (same base map, region layer, divIcon
// markers, clustering and view rules), with every attack loaded once from /api/events (or, with ?attacks=file,
// from the data's attacks file beside the page) and filtered by year in the browser. Marker size and colour
// follow the app's AttackMarkers.
// It marks the map element as the add-on does (data-base-ready, data-points, .leafletMap) so one probe times
// both pages. Texts from the data go in as text nodes, never as HTML.
(function () {
  'use strict';
  var CENTER = [33.5, 64.5];
  var ZOOM = 5;
  var COUNTRIES = { color: '#8c8c8c', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1.0 };
  var HISTORIC = { color: '#8a5a00', weight: 1.5, fillColor: '#f0c36b', fillOpacity: 0.28 };
  var CLAIMED = { color: '#6a3d9a', weight: 1.5, fillColor: '#cab2d6', fillOpacity: 0.18 };

  var host = document.getElementById('map');
  var container = document.createElement('div');
  container.className = 'container';
  host.appendChild(container);
  var map = L.map(container, { minZoom: 2, maxZoom: 10, zoomSnap: 0.5 });
  host.leafletMap = map;
  map.setView(CENTER, ZOOM);
  map.createPane('flm-base').style.zIndex = '150';

  function text(tag, className, value) {
    var element = document.createElement(tag);
    element.className = className;
    element.textContent = value;
    return element;
  }

  function geoJson(url, options, flag) {
    var layer = L.geoJSON(undefined, options);
    fetch(url).then(function (r) { return r.json(); }).then(function (data) {
      layer.addData(data);
      if (flag) {
        host.dataset[flag] = 'true';
      }
    });
    return layer;
  }

  var base = geoJson('/geodata/basemap/countries.geojson', { pane: 'flm-base', interactive: false,
    style: function () { return COUNTRIES; }, attribution: 'Made with Natural Earth' }, 'baseReady').addTo(map);
  function region(id, style) {
    return geoJson('/geodata/region/' + id + '.geojson', { interactive: false, style: function () { return style; },
      onEachFeature: function (feature, shape) {
        if (feature.properties && feature.properties.name) {
          shape.bindTooltip(text('span', '', feature.properties.name),
            { permanent: true, direction: 'center', className: 'flm-region-label' });
        }
      } });
  }
  var historic = region('historic-khorasan', HISTORIC).addTo(map);
  var claimed = region('iskp-claimed', CLAIMED);

  var points = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 36,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: function (cluster) {
      var count = cluster.getChildCount();
      var size = count < 10 ? 30 : count < 100 ? 36 : 44;
      var html = text('div', 'flm-cluster', String(count));
      html.style.width = size + 'px';
      html.style.height = size + 'px';
      html.setAttribute('aria-hidden', 'true');
      return L.divIcon({ html: html, className: 'flm-cluster-icon', iconSize: [size, size] });
    }
  }).addTo(map);
  L.control.layers({ 'Country outlines (offline)': base },
    { 'Historic Khorasan': historic, 'Claimed by ISKP': claimed, 'Attacks': points }, { collapsed: true }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  function marker(point) {
    var size = Math.max(2, Math.round(point.radius * 2));
    var dot = document.createElement('div');
    dot.className = 'flm-point';
    dot.dataset.featureId = point.id;
    dot.style.width = size + 'px';
    dot.style.height = size + 'px';
    dot.style.background = point.color;
    var m = L.marker([point.lat, point.lng], {
      icon: L.divIcon({ html: dot, className: 'flm-point-icon', iconSize: [size, size] }),
      keyboard: true, title: point.label, riseOnHover: true, zIndexOffset: -Math.round(point.radius * 10)
    });
    var tooltip = document.createElement('div');
    tooltip.appendChild(text('div', 'flm-tooltip-title', point.label));
    point.details.forEach(function (line) { tooltip.appendChild(text('div', '', line)); });
    m.bindTooltip(tooltip, { direction: 'top', offset: [0, -size / 2], className: 'flm-tooltip' });
    m.on('add', function () {
      var element = m.getElement();
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', [point.label].concat(point.details).join(', '));
    });
    return m;
  }

  // As the app's AttackMarkers: area grows with the best estimate of deaths, colour by claim status.
  var COLORS = { claimed: '#D55E00', attributed: '#E69F00', suspected: '#56B4E9', disputed: '#CC79A7' };
  var CLAIMS = { claimed: 'Claimed by the Islamic State', attributed: 'Attributed by officials',
    suspected: 'Unclaimed, suspected', disputed: 'Disputed' };
  function point(feature) {
    var p = feature.properties;
    var killed = p.killed.low === p.killed.high ? String(p.killed.best)
      : p.killed.best + ' (' + p.killed.low + '–' + p.killed.high + ')';
    var date = new Date(p.date + 'T00:00:00Z').toLocaleDateString('en-GB',
      { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return {
      id: feature.id, lat: feature.geometry.coordinates[1], lng: feature.geometry.coordinates[0],
      radius: Math.max(5, 1.7 * Math.sqrt(p.killed.best)), color: COLORS[p.claim.status] || '#808080',
      label: p.name, details: [date + ' · ' + p.place, 'Killed: ' + killed, CLAIMS[p.claim.status] || ''],
      year: Number(p.date.slice(0, 4)), killed: p.killed.best
    };
  }

  var all = [];
  var yearSelect = document.getElementById('year');
  var totals = document.getElementById('totals');

  function show(year) {
    var chosen = year ? all.filter(function (p) { return p.year === year; }) : all;
    points.clearLayers();
    points.addLayers(chosen.map(marker));
    if (year && chosen.length > 0) {
      map.fitBounds(L.latLngBounds(chosen.map(function (p) { return [p.lat, p.lng]; })).pad(0.3), { maxZoom: 7 });
    } else {
      map.setView(CENTER, ZOOM);
    }
    var killed = chosen.reduce(function (sum, p) { return sum + p.killed; }, 0);
    totals.textContent = (year ? 'In ' + year : 'All years') + ': ' + chosen.length.toLocaleString('en')
      + ' attacks, ' + killed.toLocaleString('en') + ' killed';
    host.dataset.points = String(chosen.length);
  }

  yearSelect.addEventListener('change', function () { show(Number(yearSelect.value) || null); });

  // ?attacks=file: the data's attacks file copied beside this page, read as a static file (no server logic).
  var attacksUrl = new URLSearchParams(location.search).get('attacks') === 'file' ? 'attacks.geojson' : '/api/events';
  fetch(attacksUrl).then(function (r) { return r.json(); })
    .then(function (data) {
      all = data.features.map(point);
      var years = Array.from(new Set(all.map(function (p) { return p.year; }))).sort();
      years.forEach(function (year) {
        var option = document.createElement('option');
        option.value = String(year);
        option.textContent = String(year);
        yearSelect.appendChild(option);
      });
      show(null);
    });
}());
