import { convertToModelMessages, stepCountIs, streamText, type UIMessage } from "ai";
import { agentModel } from "@/lib/models";
import { tools } from "@/lib/tools";

export async function POST(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();
  const result = streamText({
    model: agentModel,
    system: "You are the order desk. Use tools to look up orders.",
    messages: convertToModelMessages(messages),
    tools,
    stopWhen: stepCountIs(4),
  });
  return result.toUIMessageStreamResponse({
    onError: (error) => (error instanceof Error ? error.message : String(error)),
  });
}
