import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import mistralConfig from './config/mistral.config';
import { SummaryController } from './summary/summary.controller';
import { SummaryService } from './summary/summary.service';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: [mistralConfig] })],
  controllers: [SummaryController],
  providers: [SummaryService],
})
export class AppModule {}
