import { Mistral } from '@mistralai/mistralai';

const apiKey = process.env.EXPO_PUBLIC_MISTRAL_API_KEY;
const client = new Mistral({ apiKey });

export async function summarizeNote(transcript: string): Promise<string> {
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: `Turn this voice note into 3 bullet points:\n${transcript}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? '');
}
