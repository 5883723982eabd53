import { useAI } from "./context/AIContext";

export default function App() {
  const { ask, busy } = useAI();
  return <button disabled={busy} onClick={() => ask("Hello").then(alert)}>Ask</button>;
}
