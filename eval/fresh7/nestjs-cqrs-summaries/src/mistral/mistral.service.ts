import { HttpService } from "@nestjs/axios";
import { Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { firstValueFrom } from "rxjs";

@Injectable()
export class MistralService {
  private readonly logger = new Logger(MistralService.name);
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async summarize(text: string): Promise<string> {
    const headers = { Authorization: `Bearer ${this.config.getOrThrow("MISTRAL_API_KEY")}` };
    try {
      const { data } = await firstValueFrom(
        this.http.post("https://api.mistral.ai/v1/chat/completions", { model: "mistral-small-latest", messages: [{ role: "user", content: text }] }, { headers }),
      );
      return data.choices[0].message.content;
    } catch (err) {
      this.logger.error(err);
      throw err;
    }
  }
}
