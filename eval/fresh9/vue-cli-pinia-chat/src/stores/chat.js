import { defineStore } from "pinia";
import { sendChat } from "@/services/chatService";

export const useChatStore = defineStore("chat", {
  state: () => ({ messages: [], error: null }),
  actions: {
    async send(text) {
      this.messages.push({ role: "user", content: text });
      try {
        this.messages.push(await sendChat(this.messages));
      } catch (e) {
        this.error = e.message;
      }
    },
  },
});
