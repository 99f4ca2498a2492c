// One incident: its summary with analysts' verdicts, every source's own figures side by side,
// and the passages of each source that tell it, copies of one story grouped. A logged-in
// analyst reviews it here (review.js).
'use strict';

(async () => {
  const {api, el, figure, dateOf, placeOf, showError, session} = Vigil;
  const status = document.getElementById('status');
  const id = new URLSearchParams(window.location.search).get('id');
  const me = await session();
  try {
    if (!id || !/^\d+$/.test(id)) throw new Error('no incident id in the address');
    show(await api('/api/incidents/' + id));
  } catch (e) {
    showError(status, e);
  }

  async function show(incident) {
    document.title = 'Vigil — incident ' + incident.id;
    document.getElementById('title').textContent =
        (incident.subtype || incident.type || 'Incident') + ' — ' + placeOf(incident);
    summary(incident);
    figures(incident.reports);
    if (me) Review.attach(incident, show);
    await sources(incident.reports);
    status.textContent = incident.sources + ' source report(s) in ' + incident.stories + ' story(ies).';
  }

  function summary(i) {
    const verdicts = new Map((i.reviews || []).map(r => [r.field, r]));
    const reviewed = field => {
      const r = verdicts.get(field);
      return r ? el('span', {class: 'verdict verdict-' + r.verdict},
          r.verdict + ' by ' + r.by + ' (' + r.at.slice(0, 10) + '): ' + r.reason) : null;
    };
    const rows = [
      ['Incident', String(i.id)],
      ['Type', [(i.type || '–') + (i.subtype ? ' — ' + i.subtype : ''), ' ', reviewed('type')]],
      ['Date', [dateOf(i) + (i.date.precision ? ' (' + i.date.precision + ')' : ''), ' ',
        reviewed('date')]],
      ['Place', [placeOf(i), ' ', reviewed('place')]],
      ['Killed', [figure(i.killed), ' ', reviewed('killed')]],
      ['Injured', [figure(i.injured), ' ', reviewed('injured')]],
      ['Sources', i.sources + ' report(s), ' + i.stories + ' distinct story(ies)'],
    ];
    document.getElementById('summary').replaceChildren(
        ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  }

  function figures(reports) {
    document.querySelectorAll('.split-col').forEach(th => { th.hidden = !me; });
    document.querySelector('#figures tbody').replaceChildren(...reports.map(r => el('tr', {},
        me ? el('td', {}, el('input', {type: 'checkbox', name: 'split', value: r.event,
          'aria-label': 'Split off the report of ' + (r.outlet || r.title || r.input)})) : null,
        el('td', {}, el('a', {href: '/article.html?id=' + r.article}, r.outlet || r.title || r.input)),
        el('td', {}, r.published || '–'),
        el('td', {}, r.subtype || r.type || '–'),
        el('td', {class: 'num'}, figure(r.killed)),
        el('td', {class: 'num'}, figure(r.injured)),
        el('td', {}, (r.means || []).join('; ') || '–'),
        el('td', {}, (r.perpetrators || []).join('; ') || '–'),
        el('td', {}, (r.targets || []).join('; ') || '–'),
        el('td', {class: 'muted'}, r.linked || ''))));
  }

  async function sources(reports) {
    const byStory = new Map();
    for (const r of reports) {
      if (!byStory.has(r.story)) byStory.set(r.story, []);
      byStory.get(r.story).push(r);
    }
    const box = document.getElementById('sources');
    box.replaceChildren();
    for (const [story, copies] of byStory) {
      const section = el('section', {class: 'story', 'aria-label': 'Story ' + story},
          el('h3', {}, copies.length > 1
              ? 'Story ' + story + ' — ' + copies.length + ' copies'
              : 'Story ' + story));
      for (const r of copies) {
        const article = await api('/api/articles/' + r.article);
        const record = article.record;
        const event = (record.events || []).find(e => e.id === r.articleEvent);
        section.append(el('p', {},
            el('a', {href: '/article.html?id=' + r.article}, r.title || r.input),
            ' ', el('span', {class: 'muted'}, [r.outlet, r.published].filter(Boolean).join(', ')),
            r.url && Vigil.safeHref(r.url) ? [' · ', el('a', {href: r.url, rel: 'noopener noreferrer'}, 'original')] : null));
        if (event) {
          section.append(...Passages.of(record.text, event.evidence || []));
        }
      }
      box.append(section);
    }
  }
})();
