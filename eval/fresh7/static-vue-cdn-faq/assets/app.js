const { createApp } = Vue;

createApp({
  data: () => ({ q: "", a: "" }),
  methods: {
    async ask() {
      const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + window.APP_CONFIG.key },
        body: JSON.stringify({ model: window.APP_CONFIG.model, messages: [{ role: "user", content: this.q }] }),
      });
      this.a = (await res.json()).choices[0].message.content;
    },
  },
}).mount("#app");
