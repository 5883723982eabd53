import { defineConfig } from "@solidjs/start/config";

export default defineConfig({
  server: { preset: "node-server" },
  vite: { define: { __APP_BUILD__: JSON.stringify("19389d82ba25b73eb33d1620b4eedadc") } },
});
