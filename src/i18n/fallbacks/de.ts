import type { FallbackCatalog } from '../catalog.js';

/** Eingebaute allgemeine Inhalte „Support nicht erreichbar“ und Sicherheitshinweise auf Deutsch, für Pakete ohne eigene. */
const de: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'Der Support ist ausgelastet',
      body: [
        { type: 'p', content: 'Zu Stoßzeiten stauen sich Anfragen, Warteschlangen werden lang und Chats können abbrechen.' },
        { type: 'p', content: 'Was Sie tun können: Suchen Sie während der Wartezeit in den Antworten, und lassen Sie eine Anfrage offen, statt mehrere zu senden.' },
      ],
    },
    {
      id: 'closed',
      title: 'Der Support ist gerade geschlossen',
      body: [{ type: 'p', content: 'Jeder Kanal hat eigene Zeiten. Der Tab Kontakt zeigt sie in Ihrer Zeitzone und wann jeder Kanal wieder öffnet.' }],
    },
    {
      id: 'outage',
      title: 'Eine Störung oder Wartung',
      body: [{ type: 'p', content: 'Während einer Störung oder Wartung können Antworten dauern. Prüfen Sie den offiziellen Status oder die Ankündigungen und versuchen Sie es dann erneut.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Selbst nach der Antwort suchen',
      body: [{ type: 'p', content: 'Durchsuchen Sie die Hilfeartikel im Tab FAQ: Für viele Probleme gibt es Schritt-für-Schritt-Antworten.' }],
    },
    {
      id: 'prepare',
      title: 'Angaben vorbereiten',
      body: [{ type: 'p', content: 'Nutzen Sie die Checkliste im Tab Kontakt, damit schon die erste Antwort weiterhilft.' }],
    },
    {
      id: 'community',
      title: 'Die Community fragen (mit Vorsicht)',
      caution: true,
      body: [
        { type: 'p', content: 'Andere Nutzer haben das Problem vielleicht schon gelöst, aber jeder kann sich als Experte oder Admin ausgeben.' },
        { type: 'ul', items: ['Admins und der echte Support schreiben Ihnen nie zuerst.', 'Öffnen Sie keine Links von Fremden und installieren Sie keine Tools, die sie empfehlen.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Geben Sie niemals Passwort, Einmalcode, Wiederherstellungsphrase oder privaten Schlüssel weiter', strong: true }, ', auch nicht an den offiziellen Support. Der echte Support fragt nie danach.'],
        'Der echte Support schreibt Ihnen nie zuerst und verlangt nie Geld für Hilfe.',
        'Nutzen Sie nur die hier aufgeführten offiziellen Kanäle; prüfen Sie im Zweifel einen Kontakt mit dem Werkzeug unten.',
        'Atmen Sie durch: Druck, sofort zu handeln, ist das Kennzeichen eines Betrugs.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Antworten Sie im selben Ticket oder E-Mail-Verlauf, damit alles an einem Ort bleibt.',
        'Kommt innerhalb der angegebenen Antwortzeit nichts, versuchen Sie einen anderen offiziellen Kanal im Tab Kontakt.',
        'Führen Sie selbst Buch: Daten, Referenznummern und was man Ihnen gesagt hat.',
      ],
    },
  ],
};

export default de;
