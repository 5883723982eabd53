import { useState } from "react";

const MISTRAL_KEY = import.meta.env.PUBLIC_MISTRAL_KEY;

export default function AskWidget() {
  const [answer, setAnswer] = useState("");
  async function ask(question: string) {
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${MISTRAL_KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "open-mistral-nemo", messages: [{ role: "user", content: question }] }),
    });
    setAnswer((await res.json()).choices[0].message.content);
  }
  return <button onClick={() => ask("What is this blog about?")}>{answer || "Ask"}</button>;
}
