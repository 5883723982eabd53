export async function ask(key: string, question: string): Promise<string> {
  const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: question }] }),
  });
  return (await res.json()).choices[0].message.content;
}
