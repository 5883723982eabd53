import { useState } from "react";
import { suggestTags } from "./lib/quickTags";

declare global {
  interface Window { notes: { summarize(body: string): Promise<{ summary?: string; error?: string }> } }
}

export default function App() {
  const [body, setBody] = useState("");
  const [tags, setTags] = useState<string[]>([]);
  const [summary, setSummary] = useState("");
  return (
    <div>
      <textarea value={body} onChange={(e) => setBody(e.target.value)} />
      <button onClick={async () => setTags(await suggestTags(body))}>Tags</button>
      <button onClick={async () => { const r = await window.notes.summarize(body); setSummary(r.summary ?? r.error ?? ""); }}>Summarize</button>
      <p>{tags.join(" · ")}</p>
      <p>{summary}</p>
    </div>
  );
}
