// The chat page: it calls Mistral straight from the browser with a bundler-public key, so every
// visitor can read the key in the bundle. mistral-keyguard's MK002 fix moves the call behind
// the backend.
import { useState } from "react";

const apiKey = import.meta.env.VITE_MISTRAL_API_KEY;

export default function App() {
  const [answer, setAnswer] = useState("");

  async function ask(question) {
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
    });
    setAnswer((await res.json()).choices[0].message.content);
  }

  return (
    <main>
      <button onClick={() => ask("Hello!")}>Ask</button>
      <p>{answer}</p>
    </main>
  );
}
