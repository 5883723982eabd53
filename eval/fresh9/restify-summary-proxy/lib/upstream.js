function upstreamOptions(body) {
  return {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer " + process.env.MISTRAL_API_KEY },
    body: JSON.stringify(body),
  };
}

async function summarize(text) {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", upstreamOptions({ model: "mistral-small-latest", messages: [{ role: "user", content: text }] }));
  if (!r.ok) throw new Error(`mistral ${r.status}: ${await r.text()}`);
  return (await r.json()).choices[0].message.content;
}

module.exports = { summarize, upstreamOptions };
