import { Mistral } from '@mistralai/mistralai';

export async function aboutBlurb(): Promise<string> {
  const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' });
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'One sentence about a model playground.' }],
  });
  return String(res.choices?.[0]?.message?.content ?? '');
}
