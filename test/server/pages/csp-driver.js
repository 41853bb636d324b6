// Runs inside a page served with a strict CSP + Trusted Types: records every violation and
// error, then uses every view of the widget. The test reads window.__cspResult.
(function () {
  var result = { violations: [], errors: [], steps: [] };
  document.addEventListener('securitypolicyviolation', function (e) {
    result.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
  });
  window.addEventListener('error', function (e) { result.errors.push(String(e.message)); });
  window.addEventListener('unhandledrejection', function (e) { result.errors.push('rejection: ' + String(e.reason)); });

  function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function deep(root, sel) {
    var scope = root.shadowRoot || root;
    var hit = scope.querySelector(sel);
    if (hit) return hit;
    var all = scope.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) if (all[i].shadowRoot) { hit = deep(all[i], sel); if (hit) return hit; }
    return null;
  }

  async function walk() {
    await customElements.whenDefined('support-widget');
    var widgets = document.querySelectorAll('support-widget');
    var el = widgets[0];
    await el.open('faq'); result.steps.push('faq');
    await el.search('转账失败'); await wait(100); result.steps.push('search');
    var option = deep(el, '[role="option"]'); if (option) { option.click(); result.steps.push('answer'); }
    await wait(50);
    await el.open('contact'); await wait(50); result.steps.push('contact');
    var details = deep(el, 'sw-contact-checklist'); if (details) { details.shadowRoot.querySelector('details').open = true; }
    var field = deep(el, '[name="problem"]');
    if (field) { field.value = 'abandon ability able about above absent absorb abstract absurd abuse access accident'; field.dispatchEvent(new InputEvent('input')); }
    // The guard's wordlists load on first use: wait for its verdict, not for a fixed time.
    for (var t = 0; t < 100 && !deep(el, '[part="secret-blocked"]'); t++) await wait(50);
    result.blocked = !!deep(el, '[part="secret-blocked"]');
    result.steps.push('drafter');
    await el.open('fallback'); await wait(50); result.steps.push('fallback');
    var input = deep(el, '#contact');
    if (input) { input.value = 'https://examp1e.com'; input.form.requestSubmit(); }
    await wait(800); result.steps.push('verify');
    result.verdict = (deep(el, '[data-verdict]') || {}).getAttribute ? deep(el, '[data-verdict]').getAttribute('data-verdict') : null;
    el.close(); result.steps.push('closed');
    result.widgets = widgets.length;
    window.__cspResult = result;
  }
  if (document.readyState === 'complete') walk(); else window.addEventListener('load', function () { walk().catch(function (e) { result.errors.push(String(e)); window.__cspResult = result; }); });
})();
