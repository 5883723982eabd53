import { useState } from "react";
import { describe } from "./lib/mistral";
import { useOcr } from "./hooks/useOcr";

export default function App() {
  const { markdown, run } = useOcr();
  const [summary, setSummary] = useState("");
  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    if (!f) return;
    const reader = new FileReader();
    reader.onload = async () => {
      await run(String(reader.result));
      setSummary(await describe(markdown));
    };
    reader.readAsDataURL(f);
  }
  return (
    <main>
      <input type="file" accept="image/*" onChange={onFile} />
      <pre>{markdown}</pre>
      <p>{summary}</p>
    </main>
  );
}
