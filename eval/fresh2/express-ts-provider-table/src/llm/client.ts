import OpenAI from "openai";
import { PROVIDERS, type ProviderName } from "./providers";

const clients = new Map<ProviderName, OpenAI>();

export function clientFor(name: ProviderName): OpenAI {
  if (!clients.has(name)) {
    const { baseURL, apiKey } = PROVIDERS[name];
    clients.set(name, new OpenAI({ baseURL, apiKey }));
  }
  return clients.get(name)!;
}

export async function complete(name: ProviderName, prompt: string): Promise<string> {
  const res = await clientFor(name).chat.completions.create({
    model: PROVIDERS[name].model,
    messages: [{ role: "user", content: prompt }],
  });
  return res.choices[0]?.message?.content ?? "";
}
