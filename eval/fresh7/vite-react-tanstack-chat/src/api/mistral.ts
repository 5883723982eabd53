import axios from "axios";
import { AI_TOKEN } from "../env";

const api = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${AI_TOKEN}` },
});

export async function chat(messages: { role: string; content: string }[]) {
  const { data } = await api.post("/chat/completions", { model: "mistral-small-latest", messages });
  return data.choices[0].message.content as string;
}
