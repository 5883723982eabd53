import { Mistral } from '@mistralai/mistralai';

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function triage(ticket: string) {
  const res = await client.classifiers.moderate({ model: 'mistral-moderation-latest', inputs: [ticket] });
  return res.results[0];
}
