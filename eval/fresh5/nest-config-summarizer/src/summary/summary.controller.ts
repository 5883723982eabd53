import { Body, Controller, HttpException, Post } from '@nestjs/common';
import { SummaryService } from './summary.service';

@Controller('summary')
export class SummaryController {
  constructor(private readonly summary: SummaryService) {}

  @Post()
  async create(@Body() body: { text: string }) {
    try {
      return { summary: await this.summary.summarize(body.text) };
    } catch (e) {
      throw new HttpException((e as Error).message, 500);
    }
  }
}
