import { useCallback, useState } from "react";

export function useMistral() {
  const [loading, setLoading] = useState(false);
  const complete = useCallback(async (prompt: string) => {
    setLoading(true);
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_MISTRAL_KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] }),
    });
    setLoading(false);
    return (await res.json()).choices[0].message.content as string;
  }, []);
  return { complete, loading };
}
