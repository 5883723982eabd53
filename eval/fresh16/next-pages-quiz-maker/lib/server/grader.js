import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({
  apiKey: process.env.MISTRAL_API_KEY || "4UkDBFBs2yzAPLxyfXHoKTre6n1QaUgl",
});

export async function grade(question, answer) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Question: ${question}\nAnswer: ${answer}\nScore 0-10 with one reason.` }],
  });
  return res.choices[0].message.content;
}
