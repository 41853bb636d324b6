import type { FallbackCatalog } from '../catalog.js';

/** The built-in English "can't reach support" content and stay-safe advice, for packs without their own. */
const en: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'Support is busy',
      body: [
        { type: 'p', content: 'At busy times requests pile up, queues get long and chats can drop.' },
        { type: 'p', content: 'What to do: search the answers while you wait, and keep one request open instead of sending several.' },
      ],
    },
    {
      id: 'closed',
      title: 'Support is closed right now',
      body: [{ type: 'p', content: 'Each channel has its own hours. The Contact tab shows them in your time zone and when each one opens next.' }],
    },
    {
      id: 'outage',
      title: 'An outage or maintenance',
      body: [{ type: 'p', content: 'During an outage or maintenance, replies can be slow. Check the official status or announcements, then try again.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Look for the answer yourself',
      body: [{ type: 'p', content: 'Search the help articles on the FAQ tab: many problems have step-by-step answers.' }],
    },
    {
      id: 'prepare',
      title: 'Prepare your details',
      body: [{ type: 'p', content: 'Use the checklist on the Contact tab, so the first reply can already help you.' }],
    },
    {
      id: 'community',
      title: 'Ask the community (carefully)',
      caution: true,
      body: [
        { type: 'p', content: 'Other users may have solved the same problem, but anyone can claim to be an expert or an admin.' },
        { type: 'ul', items: ['Admins and real support never message you first.', "Don't open strangers' links or install tools they recommend."] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Never share a password, one-time code, recovery phrase or private key', strong: true }, ', not even with official support. Real support never asks for them.'],
        'Real support never messages you first and never asks you to pay to get help.',
        'Use only the official channels listed here; if unsure, check a contact with the tool below.',
        'Take a breath: pressure to act right now is the mark of a scam.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Reply in the same ticket or email thread, so your history stays in one place.',
        'If there is no answer within the stated response time, try another official channel from the Contact tab.',
        'Keep your own record: dates, reference numbers and what you were told.',
      ],
    },
  ],
};

export default en;
