import { useState } from "react";
import { Mistral } from "@mistralai/mistralai";

const apiKey = import.meta.env.VITE_VOXTRAL_KEY;
const client = new Mistral({ apiKey });

export function useLiveCaption() {
  const [caption, setCaption] = useState("");

  async function captionBlob(blob) {
    const res = await client.audio.transcriptions.complete({
      model: "voxtral-mini-latest",
      file: { fileName: "chunk.webm", content: blob },
    });
    setCaption(res.text);
  }

  async function upload(blob) {
    const form = new FormData();
    form.append("audio", blob, "memo.webm");
    const r = await fetch("/api/memos", { method: "POST", body: form });
    return r.json();
  }

  return { caption, captionBlob, upload };
}
