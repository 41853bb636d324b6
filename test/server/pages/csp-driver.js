// Runs inside a page served with a strict CSP + Trusted Types: records every violation and
// error, then uses every view of the widget. The test reads window.__cspResult.
(function () {
  var result = { violations: [], errors: [], steps: [] };
  var walked = false;
  document.addEventListener('securitypolicyviolation', function (e) {
    if (walked) return; // the Trusted Types probe below, not the widget
    result.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
  });
  window.addEventListener('error', function (e) { result.errors.push(String(e.message)); });
  window.addEventListener('unhandledrejection', function (e) { result.errors.push('rejection: ' + String(e.reason)); });

  // Waits for what the visitor would see (polled: this page has no test framework), never a fixed time.
  function until(what, name) {
    var started = Date.now();
    return new Promise(function (resolve) {
      (function check() {
        var hit = what();
        if (hit) return resolve(hit);
        if (Date.now() - started > 8000) { result.errors.push('timed out waiting for ' + name); return resolve(null); }
        setTimeout(check, 20);
      })();
    });
  }
  function deep(root, sel) {
    var scope = root.shadowRoot || root;
    var hit = scope.querySelector(sel);
    if (hit) return hit;
    var all = scope.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) if (all[i].shadowRoot) { hit = deep(all[i], sel); if (hit) return hit; }
    return null;
  }

  async function walk() {
    // The script tag loads the widget's code on intent; ready() loads it and resolves with the widget.
    // The classic script imports the module build: window.SupportWidget may come after the load event.
    var api = await until(function () { return window.SupportWidget; }, 'window.SupportWidget');
    var el = await api.ready();
    var widgets = document.querySelectorAll('support-widget');
    await el.open('faq'); result.steps.push('faq');
    await el.search('转账失败');
    var option = await until(function () { return deep(el, '[role="option"]'); }, 'a search result');
    result.steps.push('search');
    if (option) { option.click(); await until(function () { return deep(el, '[part="answer"]'); }, 'the answer'); result.steps.push('answer'); }
    await el.open('contact');
    var details = await until(function () { return deep(el, 'sw-contact-checklist'); }, 'the checklist');
    result.steps.push('contact');
    if (details) { await details.updateComplete; details.shadowRoot.querySelector('details').open = true; }
    var field = deep(el, '[name="problem"]');
    if (field) { field.value = 'abandon ability able about above absent absorb abstract absurd abuse access accident'; field.dispatchEvent(new InputEvent('input')); }
    result.blocked = !!(await until(function () { return deep(el, '[part="secret-blocked"]'); }, 'the drafter blocking the phrase'));
    result.steps.push('drafter');
    await el.open('fallback');
    var input = await until(function () { return deep(el, '#contact'); }, 'the contact checker');
    result.steps.push('fallback');
    if (input) { input.value = 'https://examp1e.com'; input.form.requestSubmit(); }
    var verdict = await until(function () { return deep(el, '[data-verdict]'); }, 'the checker verdict');
    result.steps.push('verify');
    result.verdict = verdict ? verdict.getAttribute('data-verdict') : null;
    el.close(); result.steps.push('closed');
    result.widgets = widgets.length;
    walked = true;
    // Does this engine enforce the page's require-trusted-types-for? A string into innerHTML must throw.
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      result.trustedTypesEnforced = false;
    } catch (e) {
      result.trustedTypesEnforced = e instanceof TypeError;
    }
    window.__cspResult = result;
  }
  if (document.readyState === 'complete') walk(); else window.addEventListener('load', function () { walk().catch(function (e) { result.errors.push(String(e)); window.__cspResult = result; }); });
})();
