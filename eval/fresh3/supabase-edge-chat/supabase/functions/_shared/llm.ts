const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";

export async function complete(messages: { role: string; content: string }[]) {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${Deno.env.get("MISTRAL_API_KEY")}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  if (!res.ok) throw new Error(`upstream ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content as string;
}
