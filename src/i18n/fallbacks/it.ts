import type { FallbackCatalog } from '../catalog.js';

/** Contenuti generici integrati in italiano per «non riesco a contattare l’assistenza» e consigli di sicurezza, per i pacchetti senza contenuti propri. */
const it: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'L’assistenza è sovraccarica',
      body: [
        { type: 'p', content: 'Nei momenti di punta le richieste si accumulano, le code si allungano e le chat possono interrompersi.' },
        { type: 'p', content: 'Cosa fare: cerca la risposta mentre aspetti, e tieni aperta una sola richiesta invece di inviarne diverse.' },
      ],
    },
    {
      id: 'closed',
      title: 'L’assistenza è chiusa in questo momento',
      body: [{ type: 'p', content: 'Ogni canale ha i suoi orari. La scheda Contatti li mostra nel tuo fuso orario e indica quando ciascun canale riapre.' }],
    },
    {
      id: 'outage',
      title: 'Un disservizio o una manutenzione',
      body: [{ type: 'p', content: 'Durante un disservizio o una manutenzione le risposte possono tardare. Controlla lo stato del servizio o gli avvisi ufficiali, poi riprova.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Cerca la risposta da solo',
      body: [{ type: 'p', content: 'Cerca negli articoli di aiuto della scheda FAQ: molti problemi hanno risposte passo passo.' }],
    },
    {
      id: 'prepare',
      title: 'Prepara i tuoi dati',
      body: [{ type: 'p', content: 'Usa l’elenco della scheda Contatti, così già la prima risposta potrà aiutarti.' }],
    },
    {
      id: 'community',
      title: 'Chiedi alla community (con cautela)',
      caution: true,
      body: [
        { type: 'p', content: 'Altri utenti potrebbero aver risolto lo stesso problema, ma chiunque può dichiararsi esperto o amministratore.' },
        { type: 'ul', items: ['Gli amministratori e la vera assistenza non ti scrivono mai per primi.', 'Non aprire link di sconosciuti e non installare gli strumenti che ti consigliano.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Non condividere mai password, codici monouso, frasi di recupero o chiavi private', strong: true }, ', nemmeno con l’assistenza ufficiale. La vera assistenza non li chiede mai.'],
        'La vera assistenza non ti scrive mai per prima e non ti chiede mai di pagare per essere aiutato.',
        'Usa solo i canali ufficiali elencati qui; se hai dubbi, verifica un contatto con lo strumento qui sotto.',
        'Fai un respiro: la fretta di agire subito è il segno di una truffa.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Rispondi nello stesso ticket o nella stessa conversazione e-mail, così la cronologia resta in un unico posto.',
        'Se non arriva risposta entro il tempo indicato, prova un altro canale ufficiale della scheda Contatti.',
        'Tieni traccia tu stesso: date, numeri di riferimento e cosa ti è stato detto.',
      ],
    },
  ],
};

export default it;
