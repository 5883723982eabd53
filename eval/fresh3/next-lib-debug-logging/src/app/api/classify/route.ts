import { NextResponse } from "next/server";
import { mistralPost } from "@/lib/mistral";

export async function POST(req: Request) {
  const { text } = await req.json();
  try {
    const data = await mistralPost("/chat/completions", { model: "ministral-8b-latest", messages: [{ role: "user", content: text }] });
    return NextResponse.json({ label: data.choices[0].message.content });
  } catch (err) {
    console.error("classify failed", err);
    return NextResponse.json({ error: "classification failed" }, { status: 502 });
  }
}
