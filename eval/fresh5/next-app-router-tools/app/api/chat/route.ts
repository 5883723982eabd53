import { streamText, tool } from 'ai';
import { z } from 'zod';
import { chatModel } from '@/lib/ai';

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({
    model: chatModel,
    messages,
    tools: {
      weather: tool({
        description: 'Weather for a city',
        parameters: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, tempC: 18 }),
      }),
    },
  });
  return result.toDataStreamResponse({
    getErrorMessage: (error) => (error instanceof Error ? error.message : String(error)),
  });
}
