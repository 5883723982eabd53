import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Mistral } from '@mistralai/mistralai';

@Injectable()
export class MistralService {
  private readonly logger = new Logger(MistralService.name);
  private readonly client: Mistral;

  constructor(private readonly config: ConfigService) {
    const apiKey = this.config.get<string>('MISTRAL_API_KEY');
    this.logger.debug(`Mistral client created with key ${apiKey}`);
    this.client = new Mistral({ apiKey });
  }

  async generateQuiz(topic: string): Promise<string> {
    const res = await this.client.chat.complete({
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: `Write five quiz questions about ${topic}` }],
    });
    const content = res.choices?.[0]?.message?.content;
    return typeof content === 'string' ? content : '';
  }
}
