// The article reader: its text with people, places, times, quotes and events highlighted, each
// highlight linked to its entry in the record below.
'use strict';

(async () => {
  const {api, el, figure, showError} = Vigil;
  const status = document.getElementById('status');
  const id = new URLSearchParams(window.location.search).get('id');
  try {
    if (!id || !/^\d+$/.test(id)) throw new Error('no article id in the address');
    const article = await api('/api/articles/' + id);
    const record = article.record;
    document.title = 'Vigil — ' + (article.title || article.input);
    document.getElementById('title').textContent = article.title || article.input;
    document.getElementById('meta').append(
        [article.published, record.source && record.source.agency, article.input]
            .filter(Boolean).join(' · '),
        article.url && Vigil.safeHref(article.url) ? el('span', {}, ' · ', el('a', {href: article.url, rel: 'noopener noreferrer'}, 'original')) : '',
        article.newer !== article.id
            ? el('span', {}, ' · ', el('a', {href: '/article.html?id=' + article.newer}, 'newer record')) : '');
    const marks = spans(record);
    document.getElementById('text').replaceChildren(...highlight(record.text, marks));
    lists(record);
    status.textContent = (record.quotes || []).length + ' quote(s), ' + (record.events || []).length
        + ' event(s), ' + (record.places || []).length + ' place(s).';
  } catch (e) {
    showError(status, e);
  }

  // Every highlighted span: its kind, the entry it links to and what a tooltip says of it.
  function spans(r) {
    const out = [];
    const add = (span, kind, ref, label) => {
      if (span && span[1] > span[0]) out.push({start: span[0], end: span[1], kind, ref, label});
    };
    (r.people || []).forEach(p => p.mentions.forEach(m => add(m, 'person', 'person-' + p.id, p.name)));
    (r.places || []).forEach(p => p.mentions.forEach(m =>
        add(m, 'place', 'place-' + p.id, p.name + (p.country ? ', ' + p.country : ''))));
    (r.times || []).forEach((t, i) => add(t.span, 'time', 'time-' + i, t.value || t.text));
    (r.quotes || []).forEach((q, i) => add(q.span, 'quote', 'quote-' + i,
        'quote of ' + (q.speakerName || 'an unknown speaker')));
    (r.events || []).forEach(e => add(e.trigger && e.trigger.span, 'event', 'event-' + e.id,
        e.subtype || e.type));
    return out;
  }

  // Cuts the text where any span starts or ends; each piece carries the classes of the spans
  // over it and links to the shortest of them (the most specific).
  function highlight(text, marks) {
    const cuts = new Set([0, text.length]);
    marks.forEach(m => { cuts.add(m.start); cuts.add(m.end); });
    const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const over = marks.filter(m => m.start <= a && m.end >= b);
      const piece = text.slice(a, b);
      if (!over.length) {
        nodes.push(piece);
        continue;
      }
      const inner = over.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
      nodes.push(el('a', {
        href: '#' + inner.ref,
        class: [...new Set(over.map(m => 'hl-' + m.kind))].join(' '),
        title: over.map(m => m.kind + ': ' + m.label).join('\n'),
      }, piece));
    }
    return nodes;
  }

  function lists(r) {
    fill('quotes', (r.quotes || []).map((q, i) => el('li', {id: 'quote-' + i},
        el('span', {}, q.text), ' — ', el('strong', {}, q.speakerName || 'speaker unknown'),
        el('span', {class: 'muted'}, ' (' + q.kind + ')'))));
    fill('events', (r.events || []).map(e => el('li', {id: 'event-' + e.id},
        el('strong', {}, e.subtype || e.type), ' — ', e.trigger ? e.trigger.text : '',
        ' · ', e.date ? (e.date.value || '') + ' (' + (e.date.precision || '?') + ')' : 'no date',
        ' · killed ', figure(e.killed), ' · injured ', figure(e.injured),
        e.role ? ' · ' + e.role : '',
        (e.perpetrators || []).length ? ' · by ' + e.perpetrators.map(a => a.name + (a.alleged ? ' (alleged)' : '')).join(', ') : '')));
    fill('places', (r.places || []).map(p => el('li', {id: 'place-' + p.id},
        p.name, el('span', {class: 'muted'}, ' ' + [p.admin1, p.country].filter(Boolean).join(', ')
            + (p.lat !== null && p.lat !== undefined ? ' · ' + p.lat.toFixed(3) + ', ' + p.lon.toFixed(3) : '')))));
    fill('people', (r.people || []).map(p => el('li', {id: 'person-' + p.id},
        p.name, (p.descriptors || []).length ? el('span', {class: 'muted'}, ' — ' + p.descriptors.join(', ')) : '')));
    fill('times', (r.times || []).map((t, i) => el('li', {id: 'time-' + i},
        '“' + t.text + '” → ', t.value || 'no value')));
  }

  function fill(id, items) {
    const list = document.getElementById(id);
    list.replaceChildren(...(items.length ? items : [el('li', {class: 'muted'}, 'none')]));
  }
})();
