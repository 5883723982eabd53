import { generateText } from "ai";
import { mistral } from "@/lib/ai";

export async function POST(req: Request) {
  const { firstMessage } = await req.json();
  try {
    const { text } = await generateText({
      model: mistral("ministral-8b-latest"),
      prompt: `Five-word title for a chat starting with: ${firstMessage}`,
    });
    return Response.json({ title: text });
  } catch (e) {
    console.error("title failed", e);
    return Response.json({ error: "Could not title chat" }, { status: 500 });
  }
}
