/**
 * support-widget in React 19, with no wrapper.
 *
 * React 19 supports custom elements: a prop the element has as a property (`locale`) is set
 * as that property, and an `on` + event-name prop (`onsw-search`) listens to that custom
 * event. The site's own pack goes in with the element's `setContent(pack)` method, through a
 * ref.
 */
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'support-widget';
import pack from '../shared/acme-notes.en.json';

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
      <support-widget ref={widget} locale="en" onsw-search={(event) => setLastSearch(event.detail.query)} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
