import { useState } from "react";
import { OCR_ENDPOINT } from "../config";

export function useOcr() {
  const [markdown, setMarkdown] = useState("");
  async function run(dataUrl: string) {
    const key = import.meta.env.VITE_MISTRAL_API_KEY;
    const res = await fetch(OCR_ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
      body: JSON.stringify({ model: "mistral-ocr-latest", document: { type: "image_url", image_url: dataUrl } }),
    });
    const data = await res.json();
    setMarkdown(data.pages.map((p: { markdown: string }) => p.markdown).join("\n"));
  }
  return { markdown, run };
}
