import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({
  apiKey: import.meta.env.VITE_MISTRAL_API_KEY,
});

export function createChat() {
  let messages = $state<{ role: "user" | "assistant"; content: string }[]>([]);
  let error = $state("");
  async function send(content: string) {
    messages.push({ role: "user", content });
    try {
      const res = await client.chat.complete({ model: "mistral-small-latest", messages });
      messages.push({ role: "assistant", content: String(res.choices?.[0]?.message?.content ?? "") });
    } catch (e) {
      error = (e as Error).message;
    }
  }
  return { get messages() { return messages; }, get error() { return error; }, send };
}
