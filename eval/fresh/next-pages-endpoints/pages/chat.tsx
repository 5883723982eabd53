import { useState } from 'react';
import { MISTRAL_CHAT_URL, OWN_CHAT_URL } from '../lib/endpoints';

export default function ChatPage() {
  const [answer, setAnswer] = useState('');
  const [key] = useState(() => (typeof window !== 'undefined' ? localStorage.getItem('mistralKey') ?? '' : ''));

  async function askDirect(q: string) {
    const res = await fetch(MISTRAL_CHAT_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify({ model: 'mistral-small-latest', messages: [{ role: 'user', content: q }] }),
    });
    setAnswer((await res.json()).choices[0].message.content);
  }

  async function askServer(q: string) {
    const res = await fetch(OWN_CHAT_URL, { method: 'POST', body: JSON.stringify({ q }) });
    setAnswer((await res.json()).answer);
  }

  return (
    <div>
      <button onClick={() => askDirect('pasta?')}>Ask Mistral</button>
      <button onClick={() => askServer('pasta?')}>Ask server</button>
      <p>{answer}</p>
    </div>
  );
}
