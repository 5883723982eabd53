import { useState } from "react";

export default function Home() {
  const [label, setLabel] = useState("");
  async function send(ticket: string) {
    const r = await fetch("/api/classify", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ticket }) });
    setLabel((await r.json()).label ?? "");
  }
  return <input onKeyDown={(e) => e.key === "Enter" && send((e.target as HTMLInputElement).value)} placeholder={label} />;
}
