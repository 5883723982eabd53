import { Injectable } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { Mistral } from "@mistralai/mistralai";

@Injectable()
export class ChatService {
  private readonly client: Mistral;
  private readonly model: string;

  constructor(config: ConfigService) {
    this.client = new Mistral({ apiKey: config.get<string>("mistral.apiKey") });
    this.model = config.get<string>("mistral.model")!;
  }

  async answer(question: string): Promise<string> {
    const res = await this.client.chat.complete({
      model: this.model,
      messages: [{ role: "user", content: question }],
    });
    return String(res.choices?.[0]?.message?.content ?? "");
  }
}
