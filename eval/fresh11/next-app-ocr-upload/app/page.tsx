"use client";
import { useState } from "react";

export default function Page() {
  const [markdown, setMarkdown] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(url: string) {
    const res = await fetch("/api/ocr", { method: "POST", body: JSON.stringify({ url }) });
    const data = await res.json();
    if (!res.ok) setError(data.error);
    else setMarkdown(data.markdown);
  }

  return (
    <main>
      <button onClick={() => submit(prompt("PDF URL") ?? "")}>OCR a PDF</button>
      {error && <p role="alert">{error}</p>}
      <pre>{markdown}</pre>
    </main>
  );
}
