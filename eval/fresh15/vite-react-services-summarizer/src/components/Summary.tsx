import { useState } from "react";
import { useSummary } from "@/hooks/useSummary";

export function Summary() {
  const [text, setText] = useState("");
  const summary = useSummary();
  return (
    <section>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={() => summary.mutate(text)} disabled={summary.isPending}>Summarize</button>
      {summary.data && <p>{summary.data}</p>}
    </section>
  );
}
