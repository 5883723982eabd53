import { Injectable, Logger, OnModuleInit } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { HttpService } from "@nestjs/axios";
import { firstValueFrom } from "rxjs";

@Injectable()
export class TranslateService implements OnModuleInit {
  private readonly logger = new Logger(TranslateService.name);

  constructor(private readonly config: ConfigService, private readonly http: HttpService) {}

  onModuleInit() {
    this.logger.log(`mistral config: ${JSON.stringify(this.config.get("mistral"))}`);
  }

  async translate(text: string, target: string): Promise<string> {
    const cfg = this.config.get("mistral");
    try {
      const { data } = await firstValueFrom(
        this.http.post(
          `${cfg.baseURL}/chat/completions`,
          { model: cfg.model, messages: [{ role: "user", content: `Translate to ${target}: ${text}` }] },
          { headers: { Authorization: `Bearer ${cfg.apiKey}` } },
        ),
      );
      return data.choices[0].message.content;
    } catch (err: any) {
      this.logger.debug(`failed request ${JSON.stringify(err.config)}`);
      throw err;
    }
  }
}
