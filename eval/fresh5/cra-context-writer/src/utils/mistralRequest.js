const MISTRAL_CHAT = 'https://api.mistral.ai/v1/chat/completions';

export async function completeDraft(apiKey, draft, style) {
  const response = await fetch(MISTRAL_CHAT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + apiKey },
    body: JSON.stringify({
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: `Continue this ${style} text:\n${draft}` }],
    }),
  });
  const body = await response.json();
  return body.choices[0].message.content;
}
