import { defineStore } from "pinia";
import { mistralHttp } from "../api/http";

export const useChatStore = defineStore("chat", {
  state: () => ({ messages: [] as { role: string; content: string }[], error: "" }),
  actions: {
    async send(content: string) {
      this.messages.push({ role: "user", content });
      try {
        const { data } = await mistralHttp.post("/chat/completions", { model: "mistral-small-latest", messages: this.messages });
        this.messages.push(data.choices[0].message);
      } catch (e: any) {
        this.error = e.message;
      }
    },
  },
});
