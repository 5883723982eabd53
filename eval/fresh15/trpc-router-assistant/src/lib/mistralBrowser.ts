import { Mistral } from "@mistralai/mistralai";
import { PUBLIC_DEMO_KEY } from "./demoKey";

export const demoClient = new Mistral({ apiKey: PUBLIC_DEMO_KEY });

export async function quickAsk(q: string) {
  const res = await demoClient.chat.complete({ model: "ministral-3b-latest", messages: [{ role: "user", content: q }] });
  return String(res.choices?.[0]?.message?.content ?? "");
}
