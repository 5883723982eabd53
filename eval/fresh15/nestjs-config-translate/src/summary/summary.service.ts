import { Injectable, Logger } from "@nestjs/common";
import { TranslateService } from "../translate/translate.service";

@Injectable()
export class SummaryService {
  private readonly logger = new Logger(SummaryService.name);

  constructor(private readonly translator: TranslateService) {}

  async englishSummary(text: string): Promise<string> {
    try {
      return await this.translator.translate(`Summarize briefly: ${text}`, "English");
    } catch (err) {
      this.logger.warn(`summary fallback: ${(err as Error).name}`);
      return "Summary unavailable right now.";
    }
  }
}
