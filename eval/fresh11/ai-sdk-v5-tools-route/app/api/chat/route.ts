import { convertToModelMessages, streamText, type UIMessage } from "ai";
import { chatModel } from "@/lib/models";
import { tools } from "@/lib/tools";

export async function POST(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();
  const result = streamText({ model: chatModel, messages: convertToModelMessages(messages), tools });
  return result.toUIMessageStreamResponse({
    onError: (error) => (error instanceof Error ? error.message : String(error)),
  });
}
