import { useState } from 'react';
import { complete } from './services/llm';
import { loadKey } from './lib/storage';

export default function App() {
  const [out, setOut] = useState('');
  return (
    <button onClick={async () => setOut(await complete(loadKey(), 'Hello'))}>
      Ask {out}
    </button>
  );
}
