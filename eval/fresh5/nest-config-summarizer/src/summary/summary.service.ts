import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Mistral } from '@mistralai/mistralai';

@Injectable()
export class SummaryService {
  private readonly logger = new Logger(SummaryService.name);
  private readonly client: Mistral;

  constructor(private readonly config: ConfigService) {
    this.client = new Mistral({ apiKey: this.config.get<string>('mistral.apiKey') });
  }

  async summarize(text: string): Promise<string> {
    try {
      const res = await this.client.chat.complete({
        model: this.config.get<string>('mistral.model'),
        messages: [{ role: 'user', content: `Summarize:\n${text}` }],
      });
      return String(res.choices?.[0]?.message?.content ?? '');
    } catch (e) {
      this.logger.error('summary failed', (e as Error).stack);
      return 'Summary unavailable.';
    }
  }
}
