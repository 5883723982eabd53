const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";
const key = import.meta.env.VITE_MISTRAL_KEY;

export async function askDocs(question: string, context: string): Promise<string> {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [
        { role: "system", content: `Answer from these docs:\n${context}` },
        { role: "user", content: question },
      ],
    }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
