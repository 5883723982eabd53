import { defineConfig } from "@solidjs/start/config";

export default defineConfig({
  server: { preset: "node-server" },
  vite: { define: { __APP_BUILD__: JSON.stringify("8dd23b340575810296d073a413db65df") } },
});
