"use client";
import { useState } from "react";

export default function Summarizer() {
  const [out, setOut] = useState("");
  async function run(text: string) {
    const r = await fetch("/api/summarize", { method: "POST", body: JSON.stringify({ text }) });
    const j = await r.json();
    setOut(j.summary ?? "Something went wrong");
  }
  return <textarea onBlur={(e) => run(e.target.value)} placeholder={out} />;
}
