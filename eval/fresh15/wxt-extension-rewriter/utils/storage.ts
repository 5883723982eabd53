export type Settings = { apiKey: string; tone: "neutral" | "friendly" | "formal" };

export const settingsItem = storage.defineItem<Settings>("local:settings", {
  fallback: { apiKey: "", tone: "neutral" },
});
