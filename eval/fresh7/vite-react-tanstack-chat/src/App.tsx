import { useState } from "react";
import { BUILD } from "./env";
import { useChat } from "./hooks/useChat";

export default function App() {
  const [q, setQ] = useState("");
  const m = useChat();
  return (
    <main>
      <input value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={() => m.mutate(q)}>Send</button>
      <p>{m.data}</p>
      <footer>build {BUILD}</footer>
    </main>
  );
}
