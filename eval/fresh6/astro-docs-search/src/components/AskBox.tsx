import { useState } from "react";
import { askDocs } from "../lib/ask";

export default function AskBox({ snippets }: { snippets: string[] }) {
  const [answer, setAnswer] = useState("");
  return (
    <form onSubmit={async (e) => { e.preventDefault(); setAnswer(await askDocs(new FormData(e.currentTarget).get("q") as string, snippets)); }}>
      <input name="q" placeholder="Ask the docs" />
      <output>{answer}</output>
    </form>
  );
}
