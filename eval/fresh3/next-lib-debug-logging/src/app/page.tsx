"use client";
import { useState } from "react";

export default function Page() {
  const [label, setLabel] = useState("");
  async function classify(text: string) {
    const res = await fetch("/api/classify", { method: "POST", body: JSON.stringify({ text }) });
    setLabel((await res.json()).label ?? "");
  }
  return <button onClick={() => classify("refund please")}>{label || "Classify"}</button>;
}
