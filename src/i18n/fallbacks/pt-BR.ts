import type { FallbackCatalog } from '../catalog.js';

/** Conteúdo genérico integrado em português do Brasil para "não consigo falar com o suporte" e dicas de segurança, para pacotes sem conteúdo próprio. */
const ptBR: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'O suporte está sobrecarregado',
      body: [
        { type: 'p', content: 'Em horários de pico, os pedidos se acumulam, as filas ficam longas e o chat pode cair.' },
        { type: 'p', content: 'O que fazer: pesquise as respostas enquanto espera e mantenha um único pedido aberto em vez de enviar vários.' },
      ],
    },
    {
      id: 'closed',
      title: 'O suporte está fechado agora',
      body: [{ type: 'p', content: 'Cada canal tem seu próprio horário. A aba Contato mostra os horários no seu fuso e quando cada canal abre de novo.' }],
    },
    {
      id: 'outage',
      title: 'Instabilidade ou manutenção',
      body: [{ type: 'p', content: 'Durante uma instabilidade ou manutenção, as respostas podem demorar. Confira o status ou os avisos oficiais e tente de novo.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Procure a resposta por conta própria',
      body: [{ type: 'p', content: 'Pesquise nos artigos de ajuda da aba Perguntas frequentes: muitos problemas têm respostas passo a passo.' }],
    },
    {
      id: 'prepare',
      title: 'Tenha seus dados em mãos',
      body: [{ type: 'p', content: 'Use a lista da aba Contato, para que a primeira resposta já possa ajudar você.' }],
    },
    {
      id: 'community',
      title: 'Pergunte à comunidade (com cuidado)',
      caution: true,
      body: [
        { type: 'p', content: 'Outros usuários podem ter resolvido o mesmo problema, mas qualquer pessoa pode dizer que é especialista ou administrador.' },
        { type: 'ul', items: ['Administradores e o suporte de verdade nunca mandam mensagem primeiro.', 'Não abra links de desconhecidos nem instale ferramentas que eles recomendarem.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Nunca compartilhe senha, código de uso único, frase de recuperação ou chave privada', strong: true }, ', nem com o suporte oficial. O suporte de verdade nunca pede isso.'],
        'O suporte de verdade nunca manda mensagem primeiro e nunca cobra para ajudar.',
        'Use só os canais oficiais listados aqui; na dúvida, verifique o contato com a ferramenta abaixo.',
        'Respire fundo: pressão para agir agora mesmo é sinal de golpe.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Responda no mesmo chamado ou na mesma conversa de e-mail, para o histórico ficar em um só lugar.',
        'Se não houver resposta no prazo informado, tente outro canal oficial da aba Contato.',
        'Anote tudo: datas, números de referência e o que disseram a você.',
      ],
    },
  ],
};

export default ptBR;
