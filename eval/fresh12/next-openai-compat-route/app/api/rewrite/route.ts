import { NextResponse } from "next/server";
import { rewrite } from "@/lib/llm";

export async function POST(req: Request) {
  const { text, tone } = await req.json();
  try {
    return NextResponse.json({ text: await rewrite(text, tone) });
  } catch (e) {
    return NextResponse.json({ error: `${e}` }, { status: 500 });
  }
}
