export { verifyContact, editDistance, type VerifyResult, type VerifyReason } from './verify-contact.js';
export { normalizeContact, type NormalizedContact, type ContactKind } from './normalize-contact.js';
export { skeleton } from './confusables.js';
