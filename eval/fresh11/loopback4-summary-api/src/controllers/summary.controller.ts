import { inject } from "@loopback/core";
import { HttpErrors, post, requestBody } from "@loopback/rest";
import { MistralService } from "../services/mistral.service";

export class SummaryController {
  constructor(@inject("services.MistralService") private mistral: MistralService) {}

  @post("/summaries")
  async create(@requestBody() body: { text: string }) {
    try {
      const res = await this.mistral.chat({ model: "mistral-small-latest", messages: [{ role: "user", content: body.text }] });
      return { summary: res.choices[0].message.content };
    } catch (err) {
      throw new HttpErrors.BadGateway((err as Error).message);
    }
  }
}
