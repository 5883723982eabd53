import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const config = app.get(ConfigService);
  Logger.log(`mistral config ${JSON.stringify(config.get('mistral'))}`, 'Bootstrap');
  await app.listen(config.get<number>('PORT') ?? 3000);
}
bootstrap();
