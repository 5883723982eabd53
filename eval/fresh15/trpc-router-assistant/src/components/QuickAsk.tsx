"use client";

import { useState } from "react";
import { quickAsk } from "../lib/mistralBrowser";

export function QuickAsk() {
  const [answer, setAnswer] = useState("");
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get("q") as string;
        setAnswer(await quickAsk(q));
      }}
    >
      <input name="q" placeholder="Try it" />
      <output>{answer}</output>
    </form>
  );
}
