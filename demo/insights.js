// Shows each public event as it happens, built with text nodes only.
const log = document.getElementById('log');
for (const type of ['sw-open', 'sw-close', 'sw-search', 'sw-answer-view', 'sw-feedback', 'sw-contact', 'sw-content-error', 'sw-status']) {
  document.addEventListener(type, (e) => {
    const row = log.insertRow(0);
    row.insertCell().textContent = new Date().toLocaleTimeString();
    row.insertCell().textContent = e.type;
    const code = document.createElement('code');
    code.textContent = JSON.stringify(e.detail, null, 1);
    row.insertCell().append(code);
  });
}
