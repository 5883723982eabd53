import { NextResponse } from "next/server";
import { summarizeArticle } from "@/lib/summarize";
import { mistralConfig } from "@/lib/mistral";

export const runtime = "nodejs";

if (process.env.NODE_ENV !== "production") {
  console.log("summarize route config", mistralConfig);
}

export async function POST(req: Request) {
  const { text } = await req.json();
  try {
    const summary = await summarizeArticle(text);
    return NextResponse.json({ summary });
  } catch (err) {
    return NextResponse.json({ error: (err as Error).message }, { status: 502 });
  }
}
