import { defineStore } from "pinia";
import { MISTRAL_CHAT_URL } from "@/api/endpoints";

export const useTranslateStore = defineStore("translate", {
  state: () => ({ output: "", loading: false }),
  actions: {
    async translate(text: string, lang: string) {
      this.loading = true;
      const r = await fetch(MISTRAL_CHAT_URL, {
        method: "POST",
        headers: { Authorization: "Bearer " + import.meta.env.VITE_MISTRAL_KEY, "Content-Type": "application/json" },
        body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Translate to ${lang}: ${text}` }] }),
      });
      this.output = (await r.json()).choices[0].message.content;
      this.loading = false;
    },
  },
});
