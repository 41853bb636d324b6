/**
 * support-widget in Vue 3.
 *
 * `compilerOptions.isCustomElement` tells Vue's template compiler that <support-widget> is a
 * custom element, not a Vue component. Vue then sets a bound prop as a property when the
 * element has one, and `@sw-search` listens to the custom event. The site's own pack goes in
 * with the element's `setContent(pack)` method, through a template ref.
 *
 * This example compiles its template string in the browser (Vue's full build) so that it
 * needs no .vue loader. An app with single-file components sets the same option in its build
 * config instead — Vite: `vue({ template: { compilerOptions: { isCustomElement } } })`.
 */
import { createApp, onMounted, ref } from 'vue';
import 'support-widget';
import pack from '../shared/acme-notes.en.json';

const app = createApp({
  setup() {
    const widget = ref(null);
    const lastSearch = ref('');
    onMounted(() => {
      widget.value.setContent(pack).catch((error) => console.error(error));
    });
    return { widget, lastSearch };
  },
  template: `
    <main>
      <h1>Acme Notes</h1>
      <p>Last help search: <output id="last-search">{{ lastSearch || 'none yet' }}</output></p>
      <support-widget ref="widget" locale="en" @sw-search="lastSearch = $event.detail.query"></support-widget>
    </main>
  `,
});

app.config.compilerOptions.isCustomElement = (tag) => tag === 'support-widget';
app.mount('#app');
