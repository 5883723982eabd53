import { useState } from 'react';
import { streamReply } from '../api/mistral';

export function useChat() {
  const [messages, setMessages] = useState<{ role: 'user' | 'assistant'; content: string }[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function send(text: string) {
    const history = [...messages, { role: 'user' as const, content: text }];
    setMessages([...history, { role: 'assistant', content: '' }]);
    try {
      let acc = '';
      for await (const piece of streamReply(history)) {
        acc += piece;
        setMessages([...history, { role: 'assistant', content: acc }]);
      }
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return { messages, error, send };
}
