// fix: MK006 generic-error
import { NextResponse } from "next/server";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function POST(request: Request) {
  try {
    const { messages } = await request.json();
    const out = await client.chat.complete({ model: "mistral-small-latest", messages });
    return NextResponse.json(out);
  } catch (err) {
    console.error("Mistral request failed", err instanceof Error ? err.stack : String(err));
    return NextResponse.json({ error: "Internal error" }, { status: 500 });
  }
}
