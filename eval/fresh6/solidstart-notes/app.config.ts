import { defineConfig } from "@solidjs/start/config";

export default defineConfig({
  server: { preset: "node-server" },
  vite: { define: { __APP_BUILD__: JSON.stringify("7503585fd885d44e023b287a6b421c0f") } },
});
