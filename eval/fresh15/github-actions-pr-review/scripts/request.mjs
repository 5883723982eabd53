export const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";

export function authHeader() {
  return `Authorization: Bearer ${process.env.MISTRAL_API_KEY}`;
}

export function buildRequest(diff) {
  return {
    url: MISTRAL_URL,
    options: {
      method: "POST",
      headers: {
        Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        model: "codestral-latest",
        messages: [{ role: "user", content: `Review this diff:\n${diff}` }],
      }),
    },
  };
}
