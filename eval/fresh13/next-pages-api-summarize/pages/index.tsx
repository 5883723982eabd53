import { useState } from "react";

export default function Home() {
  const [out, setOut] = useState("");
  const run = async () => {
    const r = await fetch("/api/summarize", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: "..." }) });
    setOut((await r.json()).summary);
  };
  return <button onClick={run}>{out || "Summarize"}</button>;
}
