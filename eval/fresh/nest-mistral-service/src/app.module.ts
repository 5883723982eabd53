import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { HealthController } from './health/health.controller';
import { MistralService } from './llm/mistral.service';
import { QuizController } from './llm/quiz.controller';

@Module({
  imports: [ConfigModule.forRoot()],
  controllers: [QuizController, HealthController],
  providers: [MistralService],
})
export class AppModule {}
