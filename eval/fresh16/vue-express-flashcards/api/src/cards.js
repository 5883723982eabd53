import pino from "pino";
import { http } from "./mistralClient.js";

const logger = pino();

export async function generateCards(topic) {
  try {
    const { data } = await http.post("/chat/completions", {
      model: "mistral-small-latest",
      response_format: { type: "json_object" },
      messages: [{ role: "user", content: `Eight flashcards about ${topic} as {"cards":[{"front","back"}]}` }],
    });
    return JSON.parse(data.choices[0].message.content).cards;
  } catch (err) {
    logger.error({ err }, "mistral call failed");
    throw err;
  }
}
