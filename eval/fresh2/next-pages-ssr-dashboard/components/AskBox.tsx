import { useState } from "react";
import { askQuick } from "../lib/ask";

export default function AskBox() {
  const [q, setQ] = useState("");
  const [a, setA] = useState("");
  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={async () => setA(await askQuick(q))}>Ask</button>
      <p>{a}</p>
    </div>
  );
}
