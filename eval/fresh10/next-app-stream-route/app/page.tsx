"use client";
import { useState } from "react";

export default function Page() {
  const [story, setStory] = useState("");
  async function go() {
    const res = await fetch("/api/story", { method: "POST", body: JSON.stringify({ hero: "a fox" }) });
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      setStory((s) => s + dec.decode(value));
    }
  }
  return <main><h1>{process.env.NEXT_PUBLIC_APP_NAME}</h1><button onClick={go}>Tell me</button><p>{story}</p></main>;
}
