const MISTRAL_URL = 'https://api.mistral.ai/v1/chat/completions';

export async function askMistral(question: string): Promise<string> {
  const res = await fetch(MISTRAL_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    },
    body: JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: question }] }),
  });
  if (!res.ok) throw new Error(`mistral ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
