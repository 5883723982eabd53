import { useState } from 'preact/hooks';
import { complete } from '../api/mistral';

export function useAssistant() {
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState('');
  const ask = async (prompt) => {
    const key = localStorage.getItem('mistral-key') || import.meta.env.VITE_MISTRAL_API_KEY;
    try {
      setAnswer(await complete(key, import.meta.env.VITE_DEFAULT_MODEL, [{ role: 'user', content: prompt }]));
    } catch (e) {
      setError(e.message);
    }
  };
  return { answer, error, ask };
}
