import type { NextApiRequest, NextApiResponse } from "next";
import { mistralHttp } from "@/lib/mistralHttp";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  try {
    const { data } = await mistralHttp.post("/chat/completions", {
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Summarize in 3 bullets:\n${req.body.text}` }],
    });
    res.status(200).json({ summary: data.choices[0].message.content });
  } catch (error) {
    console.error("summarize failed", error);
    res.status(500).json({ error: "Summarization failed, try again later." });
  }
}
