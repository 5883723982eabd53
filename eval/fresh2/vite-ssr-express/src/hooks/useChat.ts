import { useState } from "react";
import { OWN_API } from "../lib/endpoints";

export function useChat() {
  const [messages, setMessages] = useState<{ role: "user" | "assistant"; content: string }[]>([]);
  async function send(content: string) {
    const next = [...messages, { role: "user" as const, content }];
    const res = await fetch(`${OWN_API}/chat`, { method: "POST", body: JSON.stringify({ messages: next }) });
    const { reply } = await res.json();
    setMessages([...next, { role: "assistant", content: reply }]);
  }
  return { messages, send };
}
