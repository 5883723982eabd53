import { Mistral } from '@mistralai/mistralai';
import { LLM_KEY } from '../config/env';

const client = new Mistral({ apiKey: LLM_KEY });

export async function* streamReply(history: { role: 'user' | 'assistant'; content: string }[]) {
  const stream = await client.chat.stream({ model: 'mistral-small-latest', messages: history });
  for await (const event of stream) {
    const delta = event.data.choices[0]?.delta?.content;
    if (typeof delta === 'string') yield delta;
  }
}
