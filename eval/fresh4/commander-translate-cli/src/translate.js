import { Mistral } from '@mistralai/mistralai';

export async function translate(text, to, apiKey) {
  const client = new Mistral({ apiKey });
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    temperature: 0,
    messages: [{ role: 'user', content: `Translate to ${to}. Only output the translation.\n\n${text}` }],
  });
  return res.choices[0].message.content;
}
