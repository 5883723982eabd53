import { Mistral } from '@mistralai/mistralai';
import { MODEL, TOKEN } from './constants.js';

const mistral = new Mistral({ apiKey: TOKEN });

export async function summarise(messages) {
  const res = await mistral.chat.complete({
    model: MODEL,
    messages: [{ role: 'user', content: `Summarise this channel:\n${messages.join('\n')}` }],
  });
  return res.choices[0].message.content;
}
