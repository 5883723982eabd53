import { useState } from "react";

export default function Home() {
  const [text, setText] = useState("");
  const [summary, setSummary] = useState("");
  async function go() {
    const r = await fetch("/api/summarize", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
    setSummary((await r.json()).summary ?? "");
  }
  return (<main><textarea value={text} onChange={(e) => setText(e.target.value)} /><button onClick={go}>Summarize</button><pre>{summary}</pre></main>);
}
