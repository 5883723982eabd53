import { useEffect, useState } from 'react';
import { chatWithKey, type Msg } from '../lib/mistralBrowser';

export default function Playground() {
  const [key, setKey] = useState('');
  const [model, setModel] = useState('mistral-small-latest');
  const [messages, setMessages] = useState<Msg[]>([]);
  const [draft, setDraft] = useState('');

  useEffect(() => setKey(localStorage.getItem('mistral-key') ?? ''), []);

  async function send() {
    const next = [...messages, { role: 'user' as const, content: draft }];
    setMessages(next);
    const reply = await chatWithKey(key, model, next);
    setMessages([...next, { role: 'assistant', content: reply }]);
  }

  return (
    <div>
      <input type="password" value={key} onChange={(e) => { setKey(e.target.value); localStorage.setItem('mistral-key', e.target.value); }} />
      <select value={model} onChange={(e) => setModel(e.target.value)}>
        <option>mistral-small-latest</option>
        <option>mistral-large-latest</option>
      </select>
      {messages.map((m, i) => <p key={i}>{m.content}</p>)}
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={send}>Send</button>
    </div>
  );
}
