import type { FallbackCatalog } from '../catalog.js';

/** Contenu générique intégré en français pour « impossible de joindre l’assistance » et conseils de sécurité, pour les packs qui n’ont pas le leur. */
const fr: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'L’assistance est débordée',
      body: [
        { type: 'p', content: 'Aux heures chargées, les demandes s’accumulent, l’attente s’allonge et les discussions peuvent couper.' },
        { type: 'p', content: 'Que faire : cherchez la réponse en attendant, et gardez une seule demande ouverte au lieu d’en envoyer plusieurs.' },
      ],
    },
    {
      id: 'closed',
      title: 'L’assistance est fermée en ce moment',
      body: [{ type: 'p', content: 'Chaque canal a ses propres horaires. L’onglet Contact les affiche dans votre fuseau horaire, avec l’heure de la prochaine ouverture.' }],
    },
    {
      id: 'outage',
      title: 'Une panne ou une maintenance',
      body: [{ type: 'p', content: 'Pendant une panne ou une maintenance, les réponses peuvent tarder. Consultez l’état du service ou les annonces officielles, puis réessayez.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Cherchez la réponse vous-même',
      body: [{ type: 'p', content: 'Cherchez dans les articles d’aide de l’onglet FAQ : beaucoup de problèmes ont une réponse pas à pas.' }],
    },
    {
      id: 'prepare',
      title: 'Préparez vos informations',
      body: [{ type: 'p', content: 'Utilisez la liste de l’onglet Contact, pour que la première réponse puisse déjà vous aider.' }],
    },
    {
      id: 'community',
      title: 'Demandez à la communauté (avec prudence)',
      caution: true,
      body: [
        { type: 'p', content: 'D’autres utilisateurs ont peut-être résolu le même problème, mais n’importe qui peut se dire expert ou administrateur.' },
        { type: 'ul', items: ['Les administrateurs et la vraie assistance ne vous écrivent jamais en premier.', 'N’ouvrez pas les liens d’inconnus et n’installez pas les outils qu’ils recommandent.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Ne communiquez jamais un mot de passe, un code à usage unique, une phrase de récupération ou une clé privée', strong: true }, ', pas même à l’assistance officielle. La vraie assistance ne les demande jamais.'],
        'La vraie assistance ne vous écrit jamais en premier et ne vous demande jamais de payer pour être aidé.',
        'Utilisez uniquement les canaux officiels listés ici ; en cas de doute, vérifiez un contact avec l’outil ci-dessous.',
        'Prenez le temps de respirer : la pression pour agir tout de suite est la marque d’une arnaque.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Répondez dans le même ticket ou le même fil d’e-mails, pour garder tout l’historique au même endroit.',
        'Sans réponse dans le délai annoncé, essayez un autre canal officiel de l’onglet Contact.',
        'Gardez votre propre trace : dates, numéros de référence et ce qu’on vous a dit.',
      ],
    },
  ],
};

export default fr;
