import Constants from "expo-constants";
import { DEFAULT_MODEL, MISTRAL_CHAT_URL } from "../constants/api";

const apiKey = Constants.expoConfig?.extra?.mistralApiKey as string;

export async function chat(messages: { role: string; content: string }[]): Promise<string> {
  const res = await fetch(MISTRAL_CHAT_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ model: DEFAULT_MODEL, messages }),
  });
  if (!res.ok) throw new Error(`status ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
