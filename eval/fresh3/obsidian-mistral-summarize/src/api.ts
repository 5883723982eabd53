import { requestUrl } from "obsidian";
import type { SummarizeSettings } from "./settings";

export async function summarize(settings: SummarizeSettings, text: string): Promise<string> {
  const res = await requestUrl({
    url: "https://api.mistral.ai/v1/chat/completions",
    method: "POST",
    headers: { Authorization: `Bearer ${settings.mistralApiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: settings.model, messages: [{ role: "user", content: `Summarize:\n${text}` }] }),
  });
  return res.json.choices[0].message.content;
}
