import { Mistral } from '@mistralai/mistralai';

const key = process.env.NEXT_PUBLIC_MISTRAL_API_KEY;

export const mistral = new Mistral({ apiKey: key });

export async function suggestReply(ticket: string) {
  const res = await mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: `Suggest a support reply:\n${ticket}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? '');
}
