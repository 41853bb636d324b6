import type { FallbackCatalog } from '../catalog.js';

/** Contenido genérico integrado en español para «no puedo contactar con soporte» y consejos de seguridad, para paquetes sin contenido propio. */
const es: FallbackCatalog = {
  reasons: [
    {
      id: 'busy',
      title: 'Soporte está saturado',
      body: [
        { type: 'p', content: 'En horas de mucha demanda las consultas se acumulan, las colas se alargan y los chats pueden cortarse.' },
        { type: 'p', content: 'Qué hacer: busca la respuesta mientras esperas y mantén una sola consulta abierta en lugar de enviar varias.' },
      ],
    },
    {
      id: 'closed',
      title: 'Soporte está cerrado ahora',
      body: [{ type: 'p', content: 'Cada canal tiene su propio horario. La pestaña Contacto lo muestra en tu zona horaria e indica cuándo vuelve a abrir cada uno.' }],
    },
    {
      id: 'outage',
      title: 'Una incidencia o un mantenimiento',
      body: [{ type: 'p', content: 'Durante una incidencia o un mantenimiento, las respuestas pueden tardar. Consulta el estado o los avisos oficiales y vuelve a intentarlo.' }],
    },
  ],
  actions: [
    {
      id: 'self-help',
      title: 'Busca la respuesta por tu cuenta',
      body: [{ type: 'p', content: 'Busca en los artículos de ayuda de la pestaña Preguntas frecuentes: muchos problemas tienen respuestas paso a paso.' }],
    },
    {
      id: 'prepare',
      title: 'Prepara tus datos',
      body: [{ type: 'p', content: 'Usa la lista de la pestaña Contacto, así la primera respuesta ya podrá ayudarte.' }],
    },
    {
      id: 'community',
      title: 'Pregunta a la comunidad (con cuidado)',
      caution: true,
      body: [
        { type: 'p', content: 'Puede que otros usuarios hayan resuelto el mismo problema, pero cualquiera puede decir que es experto o administrador.' },
        { type: 'ul', items: ['Los administradores y el soporte real nunca te escriben primero.', 'No abras enlaces de desconocidos ni instales herramientas que te recomienden.'] },
      ],
    },
  ],
  safety: [
    {
      type: 'ul',
      items: [
        [{ text: 'Nunca compartas una contraseña, código de un solo uso, frase de recuperación o clave privada', strong: true }, ', ni siquiera con el soporte oficial. El soporte real nunca te los pide.'],
        'El soporte real nunca te escribe primero ni te pide pagar para ayudarte.',
        'Usa solo los canales oficiales que aparecen aquí; si tienes dudas, comprueba el contacto con la herramienta de abajo.',
        'Respira: la presión para actuar ya mismo es la señal de una estafa.',
      ],
    },
  ],
  escalation: [
    {
      type: 'ol',
      items: [
        'Responde en la misma consulta o el mismo hilo de correo, para que todo el historial quede en un sitio.',
        'Si no hay respuesta en el plazo indicado, prueba otro canal oficial de la pestaña Contacto.',
        'Lleva tu propio registro: fechas, números de referencia y lo que te dijeron.',
      ],
    },
  ],
};

export default es;
