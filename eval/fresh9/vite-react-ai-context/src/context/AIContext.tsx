import { createContext, useContext, useState, type ReactNode } from "react";
import { mistral } from "../api/mistralClient";

type AI = { ask: (q: string) => Promise<string>; busy: boolean };
const Ctx = createContext<AI | null>(null);

export function AIProvider({ children }: { children: ReactNode }) {
  const [busy, setBusy] = useState(false);
  async function ask(q: string) {
    setBusy(true);
    try {
      const r = await mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: q }] });
      return String(r.choices?.[0]?.message?.content ?? "");
    } finally {
      setBusy(false);
    }
  }
  return <Ctx.Provider value={{ ask, busy }}>{children}</Ctx.Provider>;
}

export const useAI = () => useContext(Ctx)!;
