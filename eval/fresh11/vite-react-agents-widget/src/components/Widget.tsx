import { useState } from "react";
import { askAgent } from "../lib/agentClient";

export function Widget() {
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState("");
  async function onAsk(q: string) {
    try {
      setAnswer(await askAgent(q));
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <aside>
      <input onKeyDown={(e) => e.key === "Enter" && onAsk(e.currentTarget.value)} />
      {error ? <small>{error}</small> : <p>{answer}</p>}
    </aside>
  );
}
