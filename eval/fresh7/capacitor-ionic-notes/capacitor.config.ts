import type { CapacitorConfig } from "@capacitor/cli";

const config: CapacitorConfig = {
  appId: "dev.example.notes",
  appName: "Notes AI",
  webDir: "dist",
};

export default config;
