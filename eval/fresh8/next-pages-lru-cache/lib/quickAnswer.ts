import { cached } from "./cache";

const key = process.env.NEXT_PUBLIC_MISTRAL_KEY;

export function quickAnswer(question: string) {
  return cached(question, 60_000, async () => {
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
    });
    return (await res.json()).choices[0].message.content;
  });
}
