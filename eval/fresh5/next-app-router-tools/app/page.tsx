'use client';

import { useChat } from 'ai/react';

export default function Page() {
  const { messages, input, handleInputChange, handleSubmit, error } = useChat({ api: '/api/chat' });
  return (
    <main>
      <h1>{process.env.NEXT_PUBLIC_APP_NAME}</h1>
      {messages.map((m) => (
        <p key={m.id}>
          <b>{m.role}:</b> {m.content}
        </p>
      ))}
      {error && <p className="error">Something went wrong.</p>}
      <form onSubmit={handleSubmit}>
        <input value={input} onChange={handleInputChange} />
      </form>
    </main>
  );
}
