"use client";
import { useChat } from "@ai-sdk/react";

export default function Chat() {
  const { messages, sendMessage, error } = useChat();
  return (
    <div>
      {messages.map((m) => <p key={m.id}>{m.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}</p>)}
      {error && <p>{error.message}</p>}
      <button onClick={() => sendMessage({ text: "What time is it in Paris?" })}>Ask</button>
    </div>
  );
}
