import axios from "axios";

export const mistralHttp = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
  timeout: 20_000,
});

export async function answer(question) {
  const { data } = await mistralHttp.post("/chat/completions", {
    model: "mistral-small-latest",
    messages: [{ role: "user", content: question }],
  });
  return data.choices[0].message.content;
}
