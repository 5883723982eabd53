import { Body, Controller, InternalServerErrorException, Logger, Post } from "@nestjs/common";
import { ChatService } from "./chat.service";

@Controller("chat")
export class ChatController {
  private readonly logger = new Logger(ChatController.name);

  constructor(private readonly chat: ChatService) {}

  @Post()
  async ask(@Body("question") question: string) {
    try {
      return { answer: await this.chat.answer(question) };
    } catch (e) {
      this.logger.error("answer failed", (e as Error).stack);
      throw new InternalServerErrorException(e.toString());
    }
  }
}
