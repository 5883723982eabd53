import { useAssistant } from './hooks/useAssistant';

export function App() {
  const { answer, error, ask } = useAssistant();
  return (
    <main>
      <input onChange={(e) => localStorage.setItem('mistral-key', e.currentTarget.value)} placeholder="Your Mistral key" />
      <button onClick={() => ask('Say hi')}>Test</button>
      <p>{answer}</p>
      {error && <p class="err">{error}</p>}
    </main>
  );
}
