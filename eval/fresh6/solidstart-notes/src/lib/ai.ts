"use server";
import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function tidyNote(raw: string) {
  try {
    const res = await mistral.chat.complete({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Clean up this note, keep the meaning:\n${raw}` }],
    });
    return { text: String(res.choices?.[0]?.message?.content ?? "") };
  } catch (e) {
    return { error: String(e) };
  }
}
