const base = import.meta.env.VITE_API_BASE;

export async function chat(messages: { role: string; content: string }[]) {
  const res = await fetch(`${base}/chat`, { method: "POST", body: JSON.stringify({ messages }) });
  return (await res.json()).reply as string;
}
