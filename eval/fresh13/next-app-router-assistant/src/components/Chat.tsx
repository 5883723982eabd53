"use client";
import { useState } from "react";

export default function Chat() {
  const [messages, setMessages] = useState<{ role: "user" | "assistant"; content: string }[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function send(text: string) {
    const next = [...messages, { role: "user" as const, content: text }];
    const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages: next }) });
    const data = await res.json();
    if (!res.ok) return setError(data.error);
    setMessages([...next, { role: "assistant", content: data.reply }]);
  }

  return <div>{error && <p>{error}</p>}<button onClick={() => send("hi")}>Send</button></div>;
}
