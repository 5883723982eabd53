"use client";

import { useState } from "react";
import { MISTRAL_CHAT_URL, TRANSLATE_MODEL } from "@/lib/endpoints";
import { translateKey } from "@/lib/publicKeys";

export function useTranslate() {
  const [busy, setBusy] = useState(false);

  async function translate(text: string, target: string) {
    setBusy(true);
    try {
      const res = await fetch(MISTRAL_CHAT_URL, {
        method: "POST",
        headers: { Authorization: `Bearer ${translateKey}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          model: TRANSLATE_MODEL,
          messages: [{ role: "user", content: `Translate to ${target}: ${text}` }],
        }),
      });
      const data = await res.json();
      return data.choices[0].message.content as string;
    } finally {
      setBusy(false);
    }
  }

  return { translate, busy };
}
