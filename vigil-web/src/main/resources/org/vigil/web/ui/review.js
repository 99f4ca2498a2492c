// The incident page's review panel, for a logged-in analyst: a verdict on one field (confirm,
// correct, reject), merging another incident in, and splitting ticked sources off. Each answer
// is the incident as it now stands, which the page shows again.
'use strict';

const Review = (() => {
  const {el, write, showError, SUBTYPES} = Vigil;
  let incident = null;
  let show = null;
  let wired = false;

  function attach(current, render) {
    incident = current;
    show = render;
    document.getElementById('review').hidden = false;
    if (!wired) {
      wire();
      wired = true;
    }
    valueInputs();
  }

  function wire() {
    const form = document.getElementById('review-form');
    form.field.addEventListener('change', valueInputs);
    form.verdict.addEventListener('change', valueInputs);
    const status = document.getElementById('review-status');
    form.addEventListener('submit', event => {
      event.preventDefault();
      const body = {field: form.field.value, verdict: form.verdict.value,
        reason: form.reason.value.trim()};
      if (body.verdict === 'corrected') body.value = value(form, body.field);
      send(status, '/api/incidents/' + incident.id + '/review', body,
          'Saved: ' + body.field + ' ' + body.verdict + '.', () => form.reason.value = '');
    });
    const merge = document.getElementById('merge-form');
    merge.addEventListener('submit', event => {
      event.preventDefault();
      send(status, '/api/incidents/' + incident.id + '/merge',
          {from: Number(merge.from.value), reason: merge.reason.value.trim()},
          'Incident ' + merge.from.value + ' merged into this one.', () => merge.reset());
    });
    const split = document.getElementById('split-form');
    split.addEventListener('submit', async event => {
      event.preventDefault();
      const events = [...document.querySelectorAll('#figures input[name=split]:checked')]
          .map(box => box.value);
      if (!events.length) {
        showError(status, 'tick the sources to split off first');
        return;
      }
      try {
        const fresh = await write('POST', '/api/incidents/' + incident.id + '/split',
            {events, reason: split.reason.value.trim()});
        split.reset();
        status.replaceChildren('Split off into ',
            el('a', {href: '/incident.html?id=' + fresh.id}, 'incident ' + fresh.id), '.');
        await show(await Vigil.api('/api/incidents/' + incident.id));
      } catch (e) {
        showError(status, e);
      }
    });
  }

  async function send(status, path, body, done, after) {
    try {
      const updated = await write('POST', path, body);
      after();
      status.textContent = done;
      await show(updated);
    } catch (e) {
      showError(status, e);
    }
  }

  // The inputs of a corrected value, filled with the value the incident has now.
  function valueInputs() {
    const form = document.getElementById('review-form');
    const box = document.getElementById('value-inputs');
    if (form.verdict.value !== 'corrected') {
      box.replaceChildren();
      return;
    }
    const i = incident;
    const input = (name, label, value, attrs) => el('label', {}, label,
        el('input', Object.assign({name: 'v-' + name, value: value ?? ''}, attrs || {})));
    const number = {type: 'number', min: '0', step: '1', size: '5'};
    switch (form.field.value) {
      case 'type': {
        const type = el('select', {name: 'v-type'}, Object.keys(SUBTYPES).map(t =>
            el('option', {selected: t === i.type}, t)));
        const subtype = el('select', {name: 'v-subtype'});
        const fill = () => subtype.replaceChildren(el('option', {value: ''}, '—'),
            ...SUBTYPES[type.value].map(s => el('option', {selected: s === i.subtype}, s)));
        type.addEventListener('change', fill);
        fill();
        box.replaceChildren(el('label', {}, 'Type', type), el('label', {}, 'Sub-type', subtype));
        break;
      }
      case 'date':
        box.replaceChildren(input('from', 'From', i.date.from, {type: 'date', required: true}),
            input('to', 'To', i.date.to, {type: 'date', required: true}));
        break;
      case 'place':
        box.replaceChildren(input('name', 'Place', i.place.name, {required: true, size: '14'}),
            input('lat', 'Latitude', i.place.lat, {type: 'number', step: 'any', min: '-90',
              max: '90', required: true, size: '8'}),
            input('lon', 'Longitude', i.place.lon, {type: 'number', step: 'any', min: '-180',
              max: '180', required: true, size: '8'}),
            input('country', 'Country', i.place.country, {size: '3', maxlength: '2'}),
            input('admin1', 'Region', i.place.admin1, {size: '12'}));
        break;
      default: {
        const f = i[form.field.value];
        box.replaceChildren(input('low', 'Low', f.low, number),
            input('best', 'Best', f.best, Object.assign({required: true}, number)),
            input('high', 'High', f.high, number));
      }
    }
  }

  function value(form, field) {
    const v = name => {
      const input = form.querySelector('[name="v-' + name + '"]');
      return input && input.value.trim() !== '' ? input.value.trim() : null;
    };
    const n = name => (v(name) === null ? null : Number(v(name)));
    switch (field) {
      case 'type': return {type: v('type'), subtype: v('subtype')};
      case 'date': return {from: v('from'), to: v('to')};
      case 'place': return {name: v('name'), lat: n('lat'), lon: n('lon'),
        country: v('country'), admin1: v('admin1')};
      default: {
        const figure = {best: n('best')};
        if (n('low') !== null) figure.low = n('low');
        if (n('high') !== null) figure.high = n('high');
        return figure;
      }
    }
  }

  return {attach};
})();
