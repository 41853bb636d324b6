/**
 * The self-registering npm entry: `import 'support-widget'`. Registers the element (see
 * auto-register.ts) and exports the class, the types and the content validator.
 */
import './auto-register.js';

export * from './element.js';
