import { useState } from "react";

export function ChatBox({ apiKey, model }: { apiKey: string; model: string }) {
  const [reply, setReply] = useState("");
  async function send(text: string) {
    const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model, messages: [{ role: "user", content: text }] }),
    });
    setReply((await r.json()).choices[0].message.content);
  }
  return (<div><input onBlur={(e) => send(e.target.value)} /><p>{reply}</p></div>);
}
