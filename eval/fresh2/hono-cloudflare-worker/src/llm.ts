import { Mistral } from "@mistralai/mistralai";

export type Env = { MISTRAL_API_KEY: string; MODEL: string };

export async function* tokens(env: Env, prompt: string) {
  const client = new Mistral({ apiKey: env.MISTRAL_API_KEY });
  const stream = await client.chat.stream({ model: env.MODEL, messages: [{ role: "user", content: prompt }] });
  for await (const ev of stream) {
    const t = ev.data.choices[0]?.delta?.content;
    if (typeof t === "string") yield t;
  }
}
