import { useState } from "react";

export default function Home() {
  const [out, setOut] = useState("");
  const [err, setErr] = useState("");
  async function run(url: string, text: string) {
    const r = await fetch("/api/summarize", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ url, text }) });
    const j = await r.json();
    if (!r.ok) setErr(j.message); else setOut(j.summary);
  }
  return <div>{err && <p className="error">{err}</p>}<article>{out}</article><button onClick={() => run(location.href, document.body.innerText)}>tl;dr</button></div>;
}
