import { Module } from "@nestjs/common";
import { ConfigModule } from "@nestjs/config";
import { SummaryController } from "./summary/summary.controller";
import { SummaryService } from "./summary/summary.service";

@Module({ imports: [ConfigModule.forRoot()], controllers: [SummaryController], providers: [SummaryService] })
export class AppModule {}
