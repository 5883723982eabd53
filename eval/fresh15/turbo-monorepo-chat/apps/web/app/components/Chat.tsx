"use client";

import { useState } from "react";

const apiUrl = process.env.NEXT_PUBLIC_API_URL;
const mistralKey = process.env.NEXT_PUBLIC_MISTRAL_API_KEY;

export function Chat() {
  const [reply, setReply] = useState("");

  async function quick(prompt: string) {
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${mistralKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: prompt }] }),
    });
    setReply((await res.json()).choices[0].message.content);
  }

  async function full(prompt: string) {
    const res = await fetch(`${apiUrl}/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ messages: [{ role: "user", content: prompt }] }),
    });
    setReply((await res.json()).reply);
  }

  return (
    <div>
      <button onClick={() => quick("Say hi")}>Quick</button>
      <button onClick={() => full("Say hi")}>Full</button>
      <p>{reply}</p>
    </div>
  );
}
