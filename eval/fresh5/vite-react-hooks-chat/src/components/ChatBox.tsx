import { useState } from 'react';
import { APP_TITLE } from '../config/env';
import { useChat } from '../hooks/useChat';

export default function ChatBox() {
  const { messages, error, send } = useChat();
  const [text, setText] = useState('');
  return (
    <section>
      <h2>{APP_TITLE}</h2>
      {messages.map((m, i) => <div key={i} className={m.role}>{m.content}</div>)}
      {error && <div className="err">{error}</div>}
      <input value={text} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && send(text)} />
    </section>
  );
}
