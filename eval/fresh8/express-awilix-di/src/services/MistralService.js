import { Mistral } from "@mistralai/mistralai";

export class MistralService {
  constructor({ config }) {
    this.client = new Mistral({ apiKey: config.mistral.apiKey });
    this.model = config.mistral.model;
  }

  async complete(prompt) {
    const res = await this.client.chat.complete({
      model: this.model,
      messages: [{ role: "user", content: prompt }],
    });
    return res.choices[0].message.content;
  }
}
