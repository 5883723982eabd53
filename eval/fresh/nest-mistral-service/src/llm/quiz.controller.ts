import { Body, Controller, HttpException, HttpStatus, InternalServerErrorException, Post } from '@nestjs/common';
import { MistralService } from '@app/llm/mistral.service';

@Controller('quiz')
export class QuizController {
  constructor(private readonly mistral: MistralService) {}

  @Post()
  async create(@Body() body: { topic: string }) {
    try {
      return { quiz: await this.mistral.generateQuiz(body.topic) };
    } catch (e) {
      throw new HttpException((e as Error).message, HttpStatus.BAD_GATEWAY);
    }
  }

  @Post('safe')
  async createSafe(@Body() body: { topic: string }) {
    try {
      return { quiz: await this.mistral.generateQuiz(body.topic) };
    } catch (e) {
      throw new InternalServerErrorException('Quiz generation failed');
    }
  }
}
