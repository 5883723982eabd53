import { ASSIST } from "./keys.js";

export function chatBox() {
  return {
    q: "",
    a: "",
    async send() {
      const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
        method: "POST",
        headers: { Authorization: `Bearer ${ASSIST}`, "Content-Type": "application/json" },
        body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: this.q }] }),
      });
      this.a = (await r.json()).choices[0].message.content;
    },
  };
}
