import { defineStore } from "pinia";
import { sendChat } from "@/api/mistral";

export const useChatStore = defineStore("chat", {
  state: () => ({ messages: [] as { role: string; content: string }[], loading: false }),
  actions: {
    async send(text: string) {
      this.messages.push({ role: "user", content: text });
      this.loading = true;
      try {
        this.messages.push({ role: "assistant", content: await sendChat(this.messages) });
      } finally {
        this.loading = false;
      }
    },
  },
});
