import { streamText } from "ai";
import { models } from "~/lib/models";
import { tools } from "~/lib/tools";

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({
    model: models.primary,
    tools,
    maxSteps: 4,
    messages,
    onError({ error }) {
      console.error("agent stream failed", error);
    },
  });
  return result.toDataStreamResponse({
    getErrorMessage: (error) => (error instanceof Error ? error.message : String(error)),
  });
}
