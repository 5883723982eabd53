import { defineConfig } from "wxt";

export default defineConfig({
  modules: ["@wxt-dev/module-react"],
  manifest: { name: "Rewrite with Mistral", permissions: ["storage", "activeTab"] },
});
