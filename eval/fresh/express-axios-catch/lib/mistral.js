import axios from "axios";
import { MISTRAL_URL } from "./endpoints.js";

const KEY = process.env.MISTRAL_API_KEY;

export function brief(text) {
  return axios
    .post(
      MISTRAL_URL,
      { model: "mistral-small-latest", messages: [{ role: "user", content: `Brief: ${text}` }] },
      { headers: { Authorization: `Bearer ${KEY}` } },
    )
    .then((res) => res.data.choices[0].message.content)
    .catch((err) => {
      console.error("mistral request failed", err);
      return "";
    });
}
