"use client";

import { useState } from "react";

export function CodeHint({ prefix }: { prefix: string }) {
  const [hint, setHint] = useState("");

  async function complete() {
    const key = process.env.NEXT_PUBLIC_CODESTRAL_KEY;
    const r = await fetch("https://codestral.mistral.ai/v1/fim/completions", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
      body: JSON.stringify({ model: "codestral-latest", prompt: prefix, max_tokens: 64 }),
    });
    const data = await r.json();
    setHint(data.choices?.[0]?.message?.content ?? "");
  }

  return <button onClick={complete} title={hint}>Suggest</button>;
}
