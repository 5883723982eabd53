import { NextResponse } from "next/server";
import { openrouter, MODEL } from "@/lib/openrouter";

export async function POST(req: Request) {
  const { messages } = await req.json();
  try {
    const res = await openrouter.chat.completions.create({ model: MODEL, messages });
    return NextResponse.json(res.choices[0].message);
  } catch (e) {
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}
