import { Env } from "@stencil/core";

export async function ask(question: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${Env.chatToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: Env.chatModel, messages: [{ role: "user", content: question }] }),
  });
  return (await res.json()).choices[0].message.content;
}
