import { useState } from 'react';
import { summarize } from '../services/mistralApi';

export default function Summarizer() {
  const [text, setText] = useState('');
  const [out, setOut] = useState('');
  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} />
      <button onClick={async () => setOut(await summarize(text))}>Summarize</button>
      <blockquote>{out}</blockquote>
    </div>
  );
}
