import { MISTRAL_API_KEY } from '$env/static/private';

export async function summarize(text: string): Promise<string> {
  const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: `Summarize: ${text}` }] }),
  });
  if (!res.ok) throw new Error(await res.text());
  return (await res.json()).choices[0].message.content;
}
