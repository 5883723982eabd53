import type { CapacitorConfig } from "@capacitor/cli";

const config: CapacitorConfig = { appId: "org.example.tutor", appName: "Tutor", webDir: "www" };
export default config;
