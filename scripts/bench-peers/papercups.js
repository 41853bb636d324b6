// The Papercups chat widget as a site embeds it with React: one component rendered into a div.
import React from 'react';
import ReactDOM from 'react-dom';
import { ChatWidget } from '@papercups-io/chat-widget';

const root = document.createElement('div');
document.body.append(root);
ReactDOM.render(
  React.createElement(ChatWidget, {
    accountId: 'placeholder-account',
    title: 'Welcome',
    subtitle: 'Ask us anything',
    primaryColor: '#0b57d0',
    greeting: 'Hi there!',
    newMessagePlaceholder: 'Start typing…',
    showAgentAvailability: false,
    requireEmailUpfront: false,
    baseUrl: 'https://app.papercups.io',
  }),
  root,
);
