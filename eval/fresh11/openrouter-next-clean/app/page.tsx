"use client";
import { useState } from "react";

export default function Page() {
  const [reply, setReply] = useState("");
  async function ask() {
    const r = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages: [{ role: "user", content: "Hi" }] }) });
    setReply((await r.json()).content ?? "");
  }
  return <button onClick={ask}>{reply || "Ask"}</button>;
}
