import React, { useState } from "react";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";

export default function AskAI() {
  const { siteConfig } = useDocusaurusContext();
  const { assistantKey, assistantModel } = siteConfig.customFields;
  const [answer, setAnswer] = useState("");

  async function ask(e) {
    e.preventDefault();
    const question = new FormData(e.target).get("q");
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${assistantKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: assistantModel, messages: [{ role: "user", content: question }] }),
    });
    const data = await res.json();
    setAnswer(data.choices[0].message.content);
  }

  return (
    <form onSubmit={ask}>
      <input name="q" />
      <output>{answer}</output>
    </form>
  );
}
