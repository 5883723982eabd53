"use client";
import { useState } from "react";

export default function Chat() {
  const [answer, setAnswer] = useState("");
  async function ask(question: string) {
    const res = await fetch("/api/mistral/chat", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
    });
    const data = await res.json();
    setAnswer(data.choices[0].message.content);
  }
  return <button onClick={() => ask("Hello")}>{answer || "Ask"}</button>;
}
