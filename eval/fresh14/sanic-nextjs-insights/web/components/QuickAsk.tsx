"use client";

import { useState } from "react";
import { browserMistral } from "@/lib/mistral";

export function QuickAsk() {
  const [q, setQ] = useState("");
  const [a, setA] = useState("");
  async function go() {
    const r = await browserMistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: q }] });
    setA(String(r.choices?.[0]?.message?.content ?? ""));
  }
  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={go}>Ask</button>
      <p>{a}</p>
    </div>
  );
}
