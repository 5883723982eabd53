import { Mistral } from "@mistralai/mistralai";

let client: Mistral | null = null;

export function useMistral() {
  if (!client) client = new Mistral({ apiKey: useRuntimeConfig().mistralApiKey });
  return client;
}

export async function digest(urls: string[]) {
  const res = await useMistral().chat.complete({
    model: "mistral-medium-latest",
    messages: [{ role: "user", content: `Digest these links:\n${urls.join("\n")}` }],
  });
  return res.choices?.[0]?.message?.content;
}
