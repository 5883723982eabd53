import { Body, Controller, Post } from "@nestjs/common";
import { SummaryService } from "./summary.service";

@Controller("summary")
export class SummaryController {
  constructor(private readonly summaries: SummaryService) {}

  @Post()
  create(@Body("text") text: string) {
    return this.summaries.summarize(text);
  }
}
