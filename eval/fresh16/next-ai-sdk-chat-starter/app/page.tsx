"use client";

import { useChat } from "@ai-sdk/react";
import { CodeHint } from "./components/CodeHint";

export default function Page() {
  const { messages, sendMessage, error } = useChat();
  return (
    <main>
      {messages.map((m) => (
        <p key={m.id}>{m.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}</p>
      ))}
      {error && <p className="error">{error.message}</p>}
      <form onSubmit={(e) => { e.preventDefault(); sendMessage({ text: (e.currentTarget.elements[0] as HTMLInputElement).value }); }}>
        <input />
      </form>
      <CodeHint prefix="function add(a, b) {" />
    </main>
  );
}
