import { Body, Controller, HttpException, Post } from "@nestjs/common";
import { TranslateService } from "./translate.service";

@Controller("translate")
export class TranslateController {
  constructor(private readonly translator: TranslateService) {}

  @Post()
  async translate(@Body() body: { text: string; target: string }) {
    try {
      return { text: await this.translator.translate(body.text, body.target) };
    } catch (e: any) {
      throw new HttpException(e.message, 502);
    }
  }
}
