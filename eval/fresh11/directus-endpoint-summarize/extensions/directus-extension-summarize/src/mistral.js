export async function summarize(text, { env, logger }) {
  const options = {
    method: "POST",
    headers: { Authorization: `Bearer ${env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Summarize: ${text}` }] }),
  };
  logger.info(`calling mistral with ${JSON.stringify(options)}`);
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", options);
  if (!res.ok) throw new Error(await res.text());
  return (await res.json()).choices[0].message.content;
}
