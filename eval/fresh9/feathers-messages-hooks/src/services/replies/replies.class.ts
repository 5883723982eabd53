import { Mistral } from "@mistralai/mistralai";

export class RepliesService {
  client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY! });

  async create(data: { text: string }) {
    const res = await this.client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: data.text }] });
    return { reply: res.choices?.[0]?.message?.content };
  }
}
