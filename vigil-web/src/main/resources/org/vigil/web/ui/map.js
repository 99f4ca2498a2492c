// The incidents page: filter form (kept in the URL), map, timeline and list.
'use strict';

(() => {
  const {api, el, filterFromUrl, query, figure, toll, dateOf, placeOf, showError,
    FILTER_KEYS, TYPE_COLOURS} = Vigil;
  const form = document.getElementById('filters');
  const status = document.getElementById('status');
  const unit = document.getElementById('unit');

  const map = L.map('map', {worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([30, 20], 2);
  map.attributionControl.setPrefix(false).addAttribution('Outlines: Natural Earth');
  const outlines = L.layerGroup().addTo(map);
  const regions = L.layerGroup().addTo(map);
  const clusters = L.markerClusterGroup({maxClusterRadius: 40, showCoverageOnHover: false});
  map.addLayer(clusters);
  const regionsShown = new Set();
  let chart = null;

  api('/api/outlines/countries').then(topo => {
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: {color: '#8a8a8a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1},
      interactive: false,
    }).addTo(outlines);
  }).catch(e => console.warn('country outlines', e));

  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    const swatch = el('span', {class: 'swatch'});
    swatch.style.background = colour; // set through the DOM: the page allows no inline styles
    document.getElementById('legend').append(el('span', {}, swatch, type));
  }

  function fillForm(filter) {
    for (const key of FILTER_KEYS) {
      form.elements[key].value = filter[key] || '';
    }
    unit.value = new URLSearchParams(window.location.search).get('unit') || 'day';
  }

  function formFilter() {
    const filter = {};
    for (const key of FILTER_KEYS) {
      const v = form.elements[key].value.trim();
      if (v) filter[key] = v;
    }
    return filter;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const filter = formFilter();
    history.pushState(null, '', '/' + query(filter, {unit: unit.value === 'day' ? '' : unit.value}));
    load(filter);
  });
  unit.addEventListener('change', () => {
    const filter = formFilter();
    history.replaceState(null, '', '/' + query(filter, {unit: unit.value === 'day' ? '' : unit.value}));
    drawTimeline(filter);
  });
  window.addEventListener('popstate', () => {
    fillForm(filterFromUrl());
    load(filterFromUrl());
  });

  async function load(filter) {
    status.textContent = 'Loading…';
    try {
      const result = await api('/api/incidents' + query(filter));
      drawMap(result.incidents);
      drawList(result.incidents);
      const placed = result.incidents.filter(i => i.place.lat !== null).length;
      status.textContent = result.count + ' incident(s), ' + placed + ' on the map.';
      await drawTimeline(filter);
    } catch (e) {
      showError(status, e);
    }
  }

  function radius(incident) {
    return 5 + Math.min(20, 3 * Math.sqrt(toll(incident.killed)));
  }

  function drawMap(incidents) {
    clusters.clearLayers();
    const points = [];
    for (const incident of incidents) {
      const p = incident.place;
      if (p.lat === null || p.lon === null) continue;
      const colour = TYPE_COLOURS[incident.type] || '#555555';
      const marker = L.circleMarker([p.lat, p.lon], {
        radius: radius(incident), color: '#222222', weight: 1, fillColor: colour, fillOpacity: 0.8,
      });
      marker.bindPopup(() => el('div', {},
          el('strong', {}, incident.subtype || incident.type || 'Incident'), el('br'),
          dateOf(incident), el('br'), placeOf(incident), el('br'),
          'Killed: ' + figure(incident.killed) + ' · sources: ' + incident.sources, el('br'),
          el('a', {href: '/incident.html?id=' + incident.id}, 'Open incident ' + incident.id)));
      marker.incident = incident;
      clusters.addLayer(marker);
      points.push([p.lat, p.lon]);
      if (incident.place.country && !regionsShown.has(incident.place.country)) {
        regionsShown.add(incident.place.country);
        api('/api/outlines/regions/' + encodeURIComponent(incident.place.country)).then(geo => {
          L.geoJSON(geo, {style: {color: '#9a9a9a', weight: 0.6, dashArray: '2 3', fill: false},
            interactive: false}).addTo(regions);
        }).catch(e => console.warn('region outlines', e));
      }
    }
    if (points.length) {
      map.fitBounds(points, {maxZoom: 8, padding: [20, 20]});
    }
  }

  function drawList(incidents) {
    const body = document.querySelector('#incidents tbody');
    body.replaceChildren(...incidents.map(i => el('tr', {},
        el('td', {}, dateOf(i)),
        el('td', {}, i.subtype || i.type || ''),
        el('td', {}, el('a', {href: '/incident.html?id=' + i.id}, placeOf(i))),
        el('td', {class: 'num'}, figure(i.killed)),
        el('td', {class: 'num'}, String(i.sources)))));
  }

  async function drawTimeline(filter) {
    const data = await api('/api/timeline' + query(filter, {unit: unit.value}));
    const labels = data.buckets.map(b => b.start);
    const sets = [
      {type: 'bar', label: 'Incidents', data: data.buckets.map(b => b.incidents),
        backgroundColor: '#0072B2', yAxisID: 'y'},
      {type: 'line', label: 'Killed', data: data.buckets.map(b => b.killed),
        borderColor: '#D55E00', backgroundColor: '#D55E00', yAxisID: 'y1', tension: 0.2},
    ];
    if (chart) chart.destroy();
    chart = new Chart(document.getElementById('timeline'), {
      data: {labels, datasets: sets},
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {y: {beginAtZero: true, position: 'left', title: {display: true, text: 'incidents'}},
          y1: {beginAtZero: true, position: 'right', grid: {drawOnChartArea: false},
            title: {display: true, text: 'killed'}}},
      },
    });
  }

  fillForm(filterFromUrl());
  load(filterFromUrl());
})();
