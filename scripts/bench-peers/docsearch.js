// Algolia DocSearch as a site embeds it: a search button rendered into a container.
import docsearch from '@docsearch/js';
import '@docsearch/css';

const container = document.createElement('div');
container.id = 'docsearch';
document.body.append(container);
docsearch({ container, appId: 'PLACEHOLDER', apiKey: 'placeholder', indexName: 'placeholder' });
