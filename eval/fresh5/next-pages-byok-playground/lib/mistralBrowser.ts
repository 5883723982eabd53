export type Msg = { role: 'user' | 'assistant' | 'system'; content: string };

const ENDPOINT = 'https://api.mistral.ai/v1/chat/completions';

export async function chatWithKey(userKey: string, model: string, messages: Msg[]) {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${userKey}` },
    body: JSON.stringify({ model, messages }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content as string;
}
