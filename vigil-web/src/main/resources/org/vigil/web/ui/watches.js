// Watches: every saved filter with its feed; a logged-in user saves new ones and removes their
// own. A webhook's secret is shown once, when the watch is saved.
'use strict';

(async () => {
  const {api, write, session, el, showError} = Vigil;
  const status = document.getElementById('status');
  const me = await session();
  await list();
  if (me) {
    document.getElementById('new-watch').hidden = false;
    const form = document.getElementById('watch-form');
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const body = {};
      for (const name of ['name', 'country', 'region', 'type', 'actor', 'text', 'webhook']) {
        if (form[name].value.trim()) body[name] = form[name].value.trim();
      }
      if (form.minKilled.value) body.minKilled = Number(form.minKilled.value);
      const secret = document.getElementById('secret');
      try {
        const saved = await write('POST', '/api/watches', body);
        secret.replaceChildren(saved.secret
            ? el('span', {}, 'Saved. Its webhook secret, shown only now: ',
                el('code', {}, saved.secret))
            : el('span', {}, 'Saved.'));
        form.reset();
        await list();
      } catch (e) {
        showError(secret, e);
      }
    });
  }

  async function list() {
    try {
      const {watches} = await api('/api/watches');
      document.querySelector('#watches tbody').replaceChildren(...watches.map(w => el('tr', {},
          el('td', {}, w.name),
          el('td', {}, w.owner),
          el('td', {}, describe(w.filter)),
          el('td', {}, w.delivers
              ? (w.failures ? 'failing (' + w.failures + ' in a row)' : 'delivering') : '–'),
          el('td', {}, el('a', {href: w.feed}, 'Atom feed')),
          el('td', {}, removeButton(w)))));
      status.textContent = watches.length + ' watch(es).' + (me ? '' : ' Log in to save one.');
    } catch (e) {
      showError(status, e);
    }
  }

  function describe(f) {
    const parts = [f.country, f.region, f.type, f.actor && ('by or against ' + f.actor), f.text && ('“' + f.text + '”'),
      f.minKilled !== null && f.minKilled !== undefined ? f.minKilled + '+ killed' : null];
    return parts.filter(Boolean).join(' · ') || 'every incident';
  }

  function removeButton(w) {
    if (!me || (me.user.name !== w.owner && me.user.role !== 'admin')) return null;
    const button = el('button', {type: 'button', 'aria-label': 'Remove watch ' + w.name}, 'Remove');
    button.addEventListener('click', async () => {
      try {
        await write('DELETE', '/api/watches/' + w.id);
        await list();
      } catch (e) {
        showError(status, e);
      }
    });
    return button;
  }
})();
