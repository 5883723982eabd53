"use client";
import { useMemo, useState } from "react";
import { createClient } from "@/lib/mistralClient";

export function AskBox() {
  const client = useMemo(() => createClient(), []);
  const [answer, setAnswer] = useState("");

  async function ask(q: string) {
    const r = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: q }] });
    setAnswer(String(r.choices?.[0]?.message?.content ?? ""));
  }
  return <div onClick={() => ask("hello")}>{answer}</div>;
}
