const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";

export async function askDocs(question: string): Promise<string> {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.NEXT_PUBLIC_MISTRAL_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
  });
  const json = await res.json();
  return json.choices[0].message.content;
}
