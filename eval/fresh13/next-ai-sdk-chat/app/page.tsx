"use client";
import { useChat } from "ai/react";

export default function Page() {
  const { messages, input, handleInputChange, handleSubmit, error } = useChat();
  return (
    <form onSubmit={handleSubmit}>
      {messages.map((m) => <p key={m.id}>{m.content}</p>)}
      {error && <p>{error.message}</p>}
      <input value={input} onChange={handleInputChange} />
    </form>
  );
}
