import axios from "axios";
import { providers } from "./config.js";

export function askMistral(prompt) {
  return axios
    .post(
      "https://api.mistral.ai/v1/chat/completions",
      { model: providers.mistral.model, messages: [{ role: "user", content: prompt }] },
      { headers: { Authorization: `Bearer ${providers.mistral.apiKey}` } },
    )
    .then((r) => r.data.choices[0].message.content)
    .catch((err) => {
      console.error("mistral request failed", err);
      return null;
    });
}
