import { LLM_MODEL, LLM_TOKEN } from './config';

export async function complete(prompt: string): Promise<string> {
  const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${LLM_TOKEN}` },
    body: JSON.stringify({ model: LLM_MODEL, messages: [{ role: 'user', content: prompt }] }),
  });
  return (await res.json()).choices[0].message.content;
}
