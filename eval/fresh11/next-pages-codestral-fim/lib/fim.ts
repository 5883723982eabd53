const CODESTRAL_URL = "https://codestral.mistral.ai/v1/fim/completions";
const key = process.env.NEXT_PUBLIC_CODESTRAL_KEY;

export async function completeMiddle(prefix: string, suffix: string): Promise<string> {
  const res = await fetch(CODESTRAL_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "codestral-latest", prompt: prefix, suffix, max_tokens: 64 }),
  });
  const data = await res.json();
  return data.choices?.[0]?.message?.content ?? "";
}
