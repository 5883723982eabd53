import { Injectable } from '@nestjs/common';
import { Mistral } from '@mistralai/mistralai';
import { logger } from '../logging/winston';

@Injectable()
export class SummariesService {
  private readonly client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' });

  async summarise(text: string): Promise<string> {
    try {
      const res = await this.client.chat.complete({
        model: 'mistral-small-latest',
        messages: [{ role: 'user', content: `Summarise: ${text}` }],
      });
      return String(res.choices?.[0]?.message?.content ?? '');
    } catch (err) {
      logger.error('summarise failed', { error: String(err) });
      return 'Summary unavailable.';
    }
  }
}
