"use client";
import { useChat } from "@ai-sdk/react";

export default function Chat() {
  const { messages, input, handleInputChange, handleSubmit, error } = useChat();
  return (
    <form onSubmit={handleSubmit}>
      {messages.map((m) => <p key={m.id}>{m.content}</p>)}
      {error && <p>{error.message}</p>}
      <input value={input} onChange={handleInputChange} />
    </form>
  );
}
