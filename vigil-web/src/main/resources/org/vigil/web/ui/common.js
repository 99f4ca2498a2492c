// Shared by every page: the API client, a safe element builder, and the filter kept in the URL.
// Text from articles is only ever set as text (textContent), never parsed as markup.
'use strict';

const Vigil = (() => {
  const FILTER_KEYS = ['country', 'region', 'type', 'from', 'to', 'minKilled', 'text'];

  // ACLED's event types and the colour each is drawn in (colour-blind safe, Okabe-Ito).
  const TYPE_COLOURS = {
    'Battles': '#D55E00',
    'Explosions/Remote violence': '#0072B2',
    'Violence against civilians': '#CC79A7',
    'Protests': '#009E73',
    'Riots': '#E69F00',
    'Strategic developments': '#56B4E9',
  };

  async function api(path) {
    const response = await fetch(path, {headers: {'Accept': 'application/json'}});
    const body = await response.json().catch(() => ({error: response.statusText}));
    if (!response.ok) {
      throw new Error(body.error || ('HTTP ' + response.status));
    }
    return body;
  }

  // el('a', {href: u, class: 'x'}, 'text', child…): attributes are set one by one and children
  // are text or nodes, so no string from the data is ever read as HTML.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'href' && !safeHref(value)) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // Only web links and the app's own pages: never javascript: or data: URLs from an article.
  function safeHref(href) {
    const s = String(href).trim();
    if (s.startsWith('/') && !s.startsWith('//')) return true;
    try {
      const url = new URL(s, window.location.href);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch (e) {
      return false;
    }
  }

  function filterFromUrl() {
    const params = new URLSearchParams(window.location.search);
    const filter = {};
    for (const key of FILTER_KEYS) {
      const v = params.get(key);
      if (v) filter[key] = v;
    }
    return filter;
  }

  function query(filter, extra) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(Object.assign({}, filter, extra || {}))) {
      if (v !== null && v !== undefined && v !== '') params.set(k, v);
    }
    const s = params.toString();
    return s ? '?' + s : '';
  }

  function figure(f) {
    if (!f || (f.low === null && f.best === null && f.high === null)) return '–';
    const best = f.best !== null ? f.best : f.low;
    if (f.low !== null && f.high !== null && f.low !== f.high) {
      return best + ' (' + f.low + '–' + f.high + ')';
    }
    return String(best);
  }

  function toll(f) {
    if (!f) return 0;
    return f.best !== null ? f.best : (f.low !== null ? f.low : 0);
  }

  function dateOf(incident) {
    const d = incident.date;
    if (d.day) return d.day;
    if (d.from && d.to && d.from !== d.to) return d.from + ' – ' + d.to;
    return d.from || 'date unknown';
  }

  function placeOf(incident) {
    const p = incident.place;
    return [p.name, p.admin1 !== p.name ? p.admin1 : null, p.country].filter(Boolean)
        .join(', ') || 'place unknown';
  }

  function showError(container, error) {
    container.replaceChildren(el('p', {class: 'error', role: 'alert'}, String(error.message || error)));
  }

  return {api, el, safeHref, filterFromUrl, query, figure, toll, dateOf, placeOf, showError,
    FILTER_KEYS, TYPE_COLOURS};
})();
