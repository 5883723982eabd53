import { mistralHttp } from "../lib/http";
import { logger } from "../lib/logger";

export class MistralService {
  constructor(private readonly http = mistralHttp, private readonly model = "mistral-small-latest") {}

  async chat(prompt: string): Promise<string> {
    const { data } = await this.http
      .post("/chat/completions", { model: this.model, messages: [{ role: "user", content: prompt }] })
      .catch((err) => {
        logger.error(err);
        throw err;
      });
    return data.choices[0].message.content;
  }
}
