import { CommandHandler, ICommandHandler } from "@nestjs/cqrs";
import { MistralService } from "../mistral/mistral.service";

export class SummarizeCommand {
  constructor(public readonly text: string) {}
}

@CommandHandler(SummarizeCommand)
export class SummarizeHandler implements ICommandHandler<SummarizeCommand> {
  constructor(private readonly mistral: MistralService) {}
  execute(cmd: SummarizeCommand) {
    return this.mistral.summarize(cmd.text);
  }
}
