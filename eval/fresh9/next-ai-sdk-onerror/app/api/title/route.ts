import { generateText } from "ai";
import { chatModel } from "@/lib/ai";

export async function POST(req: Request) {
  const { text } = await req.json();
  try {
    const { text: title } = await generateText({ model: chatModel, prompt: `Title for: ${text}` });
    return Response.json({ title });
  } catch (e) {
    console.error("title failed", e);
    return Response.json({ error: "Could not generate a title" }, { status: 500 });
  }
}
