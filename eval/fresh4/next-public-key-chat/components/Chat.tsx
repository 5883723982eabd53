"use client";

import { useState } from "react";
import { MISTRAL_URL } from "@/lib/endpoints";

const apiKey = process.env.NEXT_PUBLIC_MISTRAL_API_KEY;

export default function Chat() {
  const [input, setInput] = useState("");
  const [reply, setReply] = useState("");

  async function send() {
    const res = await fetch(MISTRAL_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: input }] }),
    });
    const data = await res.json();
    setReply(data.choices?.[0]?.message?.content ?? "");
  }

  return (
    <div>
      <textarea value={input} onChange={(e) => setInput(e.target.value)} />
      <button onClick={send}>Ask</button>
      <p>{reply}</p>
    </div>
  );
}
