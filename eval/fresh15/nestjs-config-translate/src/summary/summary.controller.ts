import { Body, Controller, HttpException, Post } from "@nestjs/common";
import { SummaryService } from "./summary.service";

@Controller("summary")
export class SummaryController {
  constructor(private readonly summaries: SummaryService) {}

  @Post()
  async summarize(@Body("text") text: string) {
    try {
      return { summary: await this.summaries.englishSummary(text) };
    } catch (e: any) {
      throw new HttpException(e.message, 500);
    }
  }
}
