declare const __ASSIST_TOKEN__: string;

export async function ask(question: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${__ASSIST_TOKEN__}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-8b-latest", messages: [{ role: "user", content: question }] }),
  });
  return (await res.json()).choices[0].message.content;
}
