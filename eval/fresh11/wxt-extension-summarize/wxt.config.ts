import { defineConfig } from "wxt";

export default defineConfig({
  manifest: {
    name: "Page summarizer",
    permissions: ["storage", "activeTab", "scripting"],
    host_permissions: ["https://api.mistral.ai/*"],
  },
});
