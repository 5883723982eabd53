"use client";

import { useChat } from "ai/react";

export default function Page() {
  const { messages, input, handleInputChange, handleSubmit, error } = useChat({ api: "/api/agent" });
  return (
    <form onSubmit={handleSubmit}>
      {messages.map((m) => <p key={m.id}>{m.role}: {m.content}</p>)}
      {error && <p role="alert">Something went wrong.</p>}
      <input value={input} onChange={handleInputChange} />
    </form>
  );
}
