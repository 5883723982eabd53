import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "");
  return {
    define: {
      __ASSIST_TOKEN__: JSON.stringify(env.ASSIST_TOKEN),
      __BUILD_SHA__: JSON.stringify(env.GITHUB_SHA ?? "dev"),
    },
    build: { lib: { entry: "src/main.ts", name: "AssistWidget" } },
  };
});
