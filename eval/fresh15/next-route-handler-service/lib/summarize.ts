import { mistral, mistralConfig } from "@/lib/mistral";

export async function summarizeArticle(text: string): Promise<string> {
  const res = await mistral.chat.complete({
    model: mistralConfig.model,
    messages: [
      { role: "system", content: "Summarize the article in five bullet points." },
      { role: "user", content: text },
    ],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
