import { mistral } from './mistral.js';

const SHARE_BASE = 'https://share.example.com/c/';

export async function shareLink(conversationId) {
  const res = await mistral.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'title' }] });
  return `${SHARE_BASE}${conversationId}?t=${encodeURIComponent(res.choices[0].message.content)}`;
}

export const EXAMPLE_LINK = 'https://share.example.com/c/yeedjDZEuLJ7yMbe6XRYo9Lst3GRzMUx';
