import { Injectable } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { Mistral } from "@mistralai/mistralai";

@Injectable()
export class SummaryService {
  private readonly client: Mistral;

  constructor(config: ConfigService) {
    this.client = new Mistral({ apiKey: config.getOrThrow<string>("MISTRAL_API_KEY") });
  }

  async summarize(text: string): Promise<string> {
    const res = await this.client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `Summarize: ${text}` }] });
    return String(res.choices?.[0]?.message?.content ?? "");
  }
}
