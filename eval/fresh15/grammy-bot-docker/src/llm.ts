import { mistralHttp } from "./http";

export async function ask(question: string): Promise<string> {
  const { data } = await mistralHttp.post("/chat/completions", {
    model: "mistral-small-latest",
    messages: [{ role: "user", content: question }],
  });
  return data.choices[0].message.content;
}
