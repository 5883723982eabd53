const base = import.meta.env.VITE_API_BASE;

export async function ask(question: string) {
  const res = await fetch(`${base}/api/faq?question=${encodeURIComponent(question)}`, { method: "POST" });
  return (await res.json()).answer as string;
}
