// The login form: on success, back to the page that sent the user here (of this site only).
'use strict';

(() => {
  const form = document.getElementById('login');
  const status = document.getElementById('status');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.textContent = 'Logging in…';
    try {
      const response = await fetch('/api/login', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({name: form.name.value, password: form.password.value}),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
      const next = new URLSearchParams(window.location.search).get('next') || '/';
      window.location.assign(next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (e) {
      Vigil.showError(status, e);
    }
  });
})();
