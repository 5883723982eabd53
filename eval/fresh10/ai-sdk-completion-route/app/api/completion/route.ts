import { streamText } from "ai";
import { mistral } from "@/lib/ai";

export async function POST(req: Request) {
  const { prompt } = await req.json();
  try {
    const result = streamText({ model: mistral("mistral-small-latest"), prompt: "Write 5 headlines for: " + prompt });
    return result.toTextStreamResponse();
  } catch (error) {
    return new Response("Generation failed: " + String(error), { status: 500 });
  }
}
