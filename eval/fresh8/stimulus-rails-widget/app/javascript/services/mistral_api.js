const ENDPOINT = "https://api.mistral.ai/v1/chat/completions"

export async function rewrite(text) {
  const key = document.querySelector("meta[name='assistant-key']").content
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Rewrite: ${text}` }] }),
  })
  return (await res.json()).choices[0].message.content
}
