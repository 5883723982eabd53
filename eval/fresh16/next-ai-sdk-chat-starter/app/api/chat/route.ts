import { convertToModelMessages, streamText, type UIMessage } from "ai";
import { mistral } from "@/lib/ai";

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();
  const result = streamText({
    model: mistral("mistral-small-latest"),
    messages: convertToModelMessages(messages),
  });
  return result.toUIMessageStreamResponse({
    onError: (error) => (error instanceof Error ? error.message : String(error)),
  });
}
