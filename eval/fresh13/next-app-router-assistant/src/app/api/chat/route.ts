import { NextResponse } from "next/server";
import { generateReply } from "@/lib/ai";

export async function POST(req: Request) {
  const { messages } = await req.json();
  try {
    const reply = await generateReply(messages);
    return NextResponse.json({ reply });
  } catch (error) {
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}
