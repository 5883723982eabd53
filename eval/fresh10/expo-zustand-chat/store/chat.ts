import { create } from "zustand";

type Msg = { role: "user" | "assistant"; content: string };
const KEY = process.env.EXPO_PUBLIC_MISTRAL_API_KEY;

export const useChat = create<{ messages: Msg[]; send: (t: string) => Promise<void> }>((set, get) => ({
  messages: [],
  send: async (text) => {
    const messages = [...get().messages, { role: "user" as const, content: text }];
    set({ messages });
    const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages }),
    });
    const j = await r.json();
    set({ messages: [...messages, j.choices[0].message] });
  },
}));
