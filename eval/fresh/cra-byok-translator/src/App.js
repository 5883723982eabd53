import { useState } from 'react';
import { translate } from './services/mistralApi';
import { logEvent } from './services/analytics';

export default function App() {
  const [key, setKey] = useState(localStorage.getItem('mistral_key') || '');
  const [text, setText] = useState('');
  const [result, setResult] = useState('');

  async function run() {
    localStorage.setItem('mistral_key', key);
    setResult(await translate(key, text, 'German'));
    logEvent('translate');
  }

  return (
    <div>
      <input type="password" value={key} onChange={(e) => setKey(e.target.value)} placeholder="Your Mistral key" />
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={run}>Translate</button>
      <pre>{result}</pre>
    </div>
  );
}
