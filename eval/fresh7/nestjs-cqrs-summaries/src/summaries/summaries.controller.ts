import { Body, Controller, InternalServerErrorException, Post } from "@nestjs/common";
import { CommandBus } from "@nestjs/cqrs";
import { SummarizeCommand } from "./summarize.handler";

@Controller("summaries")
export class SummariesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  async create(@Body("text") text: string) {
    try {
      return { summary: await this.commandBus.execute(new SummarizeCommand(text)) };
    } catch (e: any) {
      throw new InternalServerErrorException(e.message);
    }
  }
}
