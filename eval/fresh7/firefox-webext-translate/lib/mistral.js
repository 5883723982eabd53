const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";

export async function translate(text, target) {
  const { apiKey } = await browser.storage.local.get("apiKey");
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + apiKey },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Translate to ${target}: ${text}` }],
    }),
  });
  return (await res.json()).choices[0].message.content;
}
