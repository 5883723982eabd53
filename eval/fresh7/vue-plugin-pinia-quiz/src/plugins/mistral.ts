import { Mistral } from "@mistralai/mistralai";
import type { App } from "vue";

export default {
  install(app: App) {
    const apiKey = import.meta.env.VITE_MISTRAL_API_KEY;
    app.provide("mistral", new Mistral({ apiKey }));
  },
};
