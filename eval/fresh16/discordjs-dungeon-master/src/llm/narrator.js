import { Mistral } from "@mistralai/mistralai";
import config from "../config.js";

const client = new Mistral({ apiKey: config.llmKey });

export async function narrate(history, action) {
  const res = await client.chat.complete({
    model: config.model,
    messages: [
      { role: "system", content: "You are a dungeon master. Keep scenes under 120 words." },
      ...history,
      { role: "user", content: action },
    ],
  });
  return res.choices[0].message.content;
}
