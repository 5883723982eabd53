import { useState } from 'react';
import { buildPrompt } from '../utils/promptBuilder.js';

export default function Chat() {
  const [reply, setReply] = useState('');
  async function send(text) {
    const res = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ prompt: buildPrompt(text) }) });
    setReply((await res.json()).reply);
  }
  return <button onClick={() => send('hello')}>{reply || 'Say hello'}</button>;
}
