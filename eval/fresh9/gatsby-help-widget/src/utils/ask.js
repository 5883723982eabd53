const key = process.env.GATSBY_MISTRAL_KEY

export async function ask(question) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
  })
  return (await res.json()).choices[0].message.content
}
