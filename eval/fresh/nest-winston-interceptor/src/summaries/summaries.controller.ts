import { Body, Controller, HttpException, Post, UseInterceptors } from '@nestjs/common';
import { RequestLogInterceptor } from '../logging/request.interceptor';
import { SummariesService } from './summaries.service';

@Controller('summaries')
@UseInterceptors(RequestLogInterceptor)
export class SummariesController {
  constructor(private readonly service: SummariesService) {}

  @Post()
  async create(@Body() body: { text: string }) {
    try {
      return { summary: await this.service.summarise(body.text) };
    } catch (err) {
      throw new HttpException(`${err}`, 500);
    }
  }
}
