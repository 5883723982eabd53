export interface Env {
  AI: Ai;
  MODEL: string;
}

export async function summarize(env: Env, text: string): Promise<string> {
  const out = (await env.AI.run(env.MODEL as any, {
    messages: [{ role: "user", content: `Summarize:\n${text}` }],
  })) as { response: string };
  return out.response;
}
