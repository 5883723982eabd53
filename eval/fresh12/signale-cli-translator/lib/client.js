export const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";

export function headers() {
  return {
    "Content-Type": "application/json",
    Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
  };
}
