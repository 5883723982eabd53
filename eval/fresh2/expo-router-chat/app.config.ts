import type { ExpoConfig } from "expo/config";

const config: ExpoConfig = {
  name: "Pocket Chat",
  slug: "pocket-chat",
  extra: {
    mistralApiKey: process.env.MISTRAL_API_KEY,
    eas: { projectId: "7c1f0b8e-2d4a-4c55-9a1e-3f6b2d8c9e10" },
  },
};

export default config;
