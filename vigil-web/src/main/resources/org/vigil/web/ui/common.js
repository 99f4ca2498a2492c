// Shared by every page: the API client, a safe element builder, and the filter kept in the URL.
// Text from articles is only ever set as text (textContent), never parsed as markup.
'use strict';

const Vigil = (() => {
  const FILTER_KEYS = ['country', 'region', 'type', 'actor', 'from', 'to', 'minKilled', 'text'];

  // ACLED's event types and the colour each is drawn in (colour-blind safe, Okabe-Ito).
  const TYPE_COLOURS = {
    'Battles': '#D55E00',
    'Explosions/Remote violence': '#0072B2',
    'Violence against civilians': '#CC79A7',
    'Protests': '#009E73',
    'Riots': '#E69F00',
    'Strategic developments': '#56B4E9',
  };

  // ACLED's sub-event types under each event type, for the review form.
  const SUBTYPES = {
    'Battles': ['Armed clash', 'Government regains territory',
      'Non-state actor overtakes territory'],
    'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb',
      'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
    'Violence against civilians': ['Sexual violence', 'Attack',
      'Abduction/forced disappearance'],
    'Protests': ['Peaceful protest', 'Protest with intervention',
      'Excessive force against protesters'],
    'Riots': ['Violent demonstration', 'Mob violence'],
    'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity',
      'Disrupted weapons use', 'Headquarters or base established',
      'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
  };

  async function api(path) {
    const response = await fetch(path, {headers: {'Accept': 'application/json'}});
    return answer(response);
  }

  async function answer(response) {
    const body = await response.json().catch(() => ({error: response.statusText}));
    if (!response.ok) {
      throw new Error(body.error || ('HTTP ' + response.status));
    }
    return body;
  }

  // The logged-in user ({user, csrf}), or null; asked once per page.
  let me = null;
  function session() {
    if (!me) me = api('/api/me').then(m => (m.user ? m : null)).catch(() => null);
    return me;
  }

  // A write as the logged-in user: the session cookie goes with it, and the CSRF token that
  // only this site's pages can read comes back in its header.
  async function write(method, path, body) {
    const s = await session();
    if (!s) throw new Error('log in to make changes');
    const response = await fetch(path, {
      method,
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json',
        'X-CSRF-Token': s.csrf},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return answer(response);
  }

  // The header's account corner: who is logged in and a way out, or a way in.
  async function account() {
    const corner = document.getElementById('account');
    if (!corner) return;
    const s = await session();
    if (!s) {
      const next = window.location.pathname + window.location.search;
      corner.replaceChildren(el('a', {href: '/login.html?next=' + encodeURIComponent(next)},
          'Log in'));
      return;
    }
    const out = el('button', {type: 'button', class: 'link'}, 'Log out');
    out.addEventListener('click', async () => {
      await write('POST', '/api/logout').catch(() => null);
      window.location.reload();
    });
    corner.replaceChildren(el('span', {}, s.user.name + ' (' + s.user.role + ')'), ' ', out);
  }
  // Every page's header: the site's name, its pages, and the account corner.
  function header() {
    const bar = document.querySelector('body > header');
    if (!bar) return;
    const pages = [['/', 'Incidents'], ['/watches.html', 'Watches'], ['/audit.html', 'Audit log'],
      ['/api/openapi.json', 'API']];
    bar.replaceChildren(el('a', {class: 'brand', href: '/'}, 'Vigil'),
        el('nav', {'aria-label': 'Main'}, pages.flatMap(([href, name], i) =>
            [i ? ' · ' : null, el('a', {href}, name)])),
        el('div', {id: 'account', class: 'account'}));
  }

  // The event types a type filter offers, in the order the map's legend gives them.
  function typeOptions() {
    for (const select of document.querySelectorAll('select[data-event-types]')) {
      select.append(...Object.keys(TYPE_COLOURS).map(t => el('option', {}, t)));
    }
  }

  header();
  typeOptions();
  document.addEventListener('DOMContentLoaded', account);

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

  return {api, write, session, el, safeHref, filterFromUrl, query, figure, toll, dateOf, placeOf,
    showError, FILTER_KEYS, TYPE_COLOURS, SUBTYPES};
})();
