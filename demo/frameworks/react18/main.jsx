/**
 * support-widget in React 18, through @lit/react's `createComponent`.
 *
 * React 18 passes every prop to a custom element as a string attribute and cannot listen to
 * custom events from JSX. `createComponent` wraps the element in a React component that sets
 * props the element declares (`locale`) as properties and maps `onSearch` to `sw-search`.
 * The site's own pack goes in with the element's `setContent(pack)` method, through a ref.
 */
import React, { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createComponent } from '@lit/react';
import { SupportWidget as SupportWidgetElement } from 'support-widget';
import pack from '../shared/acme-notes.en.json';

const SupportWidget = createComponent({
  tagName: 'support-widget',
  elementClass: SupportWidgetElement,
  react: React,
  events: { onSearch: 'sw-search' },
});

function App() {
  const widget = useRef(null);
  const [lastSearch, setLastSearch] = useState('');

  useEffect(() => {
    widget.current.setContent(pack).catch((error) => console.error(error));
  }, []);

  return (
    <main>
      <h1>Acme Notes</h1>
      <p>
        Last help search: <output id="last-search">{lastSearch || 'none yet'}</output>
      </p>
      <SupportWidget ref={widget} locale="en" onSearch={(event) => setLastSearch(event.detail.query)} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
