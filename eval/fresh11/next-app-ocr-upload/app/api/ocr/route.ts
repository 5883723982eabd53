import { NextResponse } from "next/server";
import { ocrFromUrl } from "@/lib/ocr";

export async function POST(req: Request) {
  const { url } = await req.json();
  try {
    const markdown = await ocrFromUrl(url);
    return NextResponse.json({ markdown });
  } catch (e) {
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}
