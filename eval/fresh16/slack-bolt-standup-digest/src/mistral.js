export const CHAT_URL = "https://api.mistral.ai/v1/chat/completions";

export function authHeaders() {
  return {
    Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    "Content-Type": "application/json",
  };
}
