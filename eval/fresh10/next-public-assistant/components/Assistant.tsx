"use client";
import { useState } from "react";
import { askDocs } from "@/lib/ask";

export function Assistant() {
  const [a, setA] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form onSubmit={async (e) => { e.preventDefault(); try { setA(await askDocs(new FormData(e.currentTarget).get("q") as string)); } catch (x) { setError(String(x)); } }}>
      <input name="q" />
      {error && <small>{error}</small>}
      <p>{a}</p>
    </form>
  );
}
