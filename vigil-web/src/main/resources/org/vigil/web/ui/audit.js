// The audit log: every change an analyst made, newest first.
'use strict';

(async () => {
  const {api, el, showError} = Vigil;
  const status = document.getElementById('status');
  try {
    const {changes} = await api('/api/audit?limit=500');
    document.querySelector('#audit tbody').replaceChildren(...changes.map(c => el('tr', {},
        el('td', {}, c.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')),
        el('td', {}, c.by),
        el('td', {}, c.action),
        el('td', {}, link(c.target)),
        el('td', {class: 'value'}, c.before || '–'),
        el('td', {class: 'value'}, c.after || '–'),
        el('td', {}, c.reason || ''))));
    status.textContent = changes.length + ' change(s).';
  } catch (e) {
    showError(status, e);
  }

  // "incident 12 killed" links to incident 12.
  function link(target) {
    const m = /^incident (\d+)(.*)$/.exec(target);
    return m ? [el('a', {href: '/incident.html?id=' + m[1]}, 'incident ' + m[1]), m[2]] : target;
  }
})();
