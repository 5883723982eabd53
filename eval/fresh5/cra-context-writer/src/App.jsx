import { useState } from 'react';
import { AIProvider, useAI } from './context/AIContext';

function Editor() {
  const { busy, continueDraft } = useAI();
  const [text, setText] = useState('');
  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button disabled={busy} onClick={async () => setText(text + (await continueDraft(text)))}>Continue</button>
      <small>analytics {process.env.REACT_APP_GA_ID}</small>
    </div>
  );
}

export default function App() {
  return (
    <AIProvider>
      <Editor />
    </AIProvider>
  );
}
