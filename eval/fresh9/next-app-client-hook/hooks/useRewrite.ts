"use client";
import { useState } from "react";

const KEY = process.env.NEXT_PUBLIC_MISTRAL_KEY;

export function useRewrite() {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function rewrite(input: string) {
    try {
      const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${KEY}` },
        body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: input }] }),
      });
      const json = await res.json();
      setText(json.choices[0].message.content);
    } catch (e) {
      setError(String(e));
    }
  }
  return { text, error, rewrite };
}
