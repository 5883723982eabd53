export type Env = { MISTRAL_API_KEY: string; MISTRAL_MODEL: string };

export async function chat(env: Env, content: string): Promise<string> {
  const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.MISTRAL_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: env.MISTRAL_MODEL, messages: [{ role: 'user', content }] }),
  });
  if (!res.ok) throw new Error(`Mistral ${res.status}`);
  const data = (await res.json()) as { choices: { message: { content: string } }[] };
  return data.choices[0].message.content;
}
