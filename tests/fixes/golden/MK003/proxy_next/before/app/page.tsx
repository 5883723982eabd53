"use client";
import { useState } from "react";

export default function Chat() {
  const [answer, setAnswer] = useState("");
  async function ask(question: string) {
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${process.env.NEXT_PUBLIC_MISTRAL_API_KEY}`,
      },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
    });
    const data = await res.json();
    setAnswer(data.choices[0].message.content);
  }
  return <button onClick={() => ask("Hello")}>{answer || "Ask"}</button>;
}
