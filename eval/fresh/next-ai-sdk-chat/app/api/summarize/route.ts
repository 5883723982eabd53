import { streamText } from 'ai';
import { chatModel } from '@/lib/ai';

export async function POST(req: Request) {
  const { text } = await req.json();
  const result = await streamText({
    model: chatModel,
    prompt: `Summarize:\n${text}`,
    onError({ error }) {
      console.error('summarize stream failed', error);
    },
  });
  return result.toDataStreamResponse({ getErrorMessage: () => 'Something went wrong, please retry.' });
}
