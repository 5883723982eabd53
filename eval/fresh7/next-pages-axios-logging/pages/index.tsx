import { useState } from "react";

export default function Home() {
  const [summary, setSummary] = useState("");
  async function go(text: string) {
    const r = await fetch("/api/summarize", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
    setSummary((await r.json()).summary ?? "");
  }
  return <textarea onBlur={(e) => go(e.target.value)} defaultValue={summary} />;
}
