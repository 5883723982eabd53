const TIP_URL = "https://api.mistral.ai/v1/chat/completions";

export async function quickTip(dish: string, userKey: string) {
  const res = await fetch(TIP_URL, {
    method: "POST",
    headers: { Authorization: `Bearer ${userKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: `One tip for ${dish}` }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content as string;
}
