import { createMistral } from '@ai-sdk/mistral';
import { generateText } from 'ai';

export type Env = { MISTRAL_API_KEY: string; MISTRAL_MODEL: string };

export async function draftReply(env: Env, email: string): Promise<string> {
  const mistral = createMistral({ apiKey: env.MISTRAL_API_KEY });
  const { text } = await generateText({
    model: mistral(env.MISTRAL_MODEL),
    prompt: `Draft a short, polite reply to this email:\n${email}`,
  });
  return text;
}
