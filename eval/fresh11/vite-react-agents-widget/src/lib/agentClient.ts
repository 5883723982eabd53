const AGENTS_URL = "https://api.mistral.ai/v1/agents/completions";

export async function askAgent(question: string): Promise<string> {
  const res = await fetch(AGENTS_URL, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${import.meta.env.VITE_MISTRAL_AGENT_KEY}`,
    },
    body: JSON.stringify({ agent_id: import.meta.env.VITE_AGENT_ID, messages: [{ role: "user", content: question }] }),
  });
  if (!res.ok) throw new Error(`agent error ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
