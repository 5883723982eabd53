export const API_URL = "https://api.mistral.ai/v1/chat/completions";
export const MODEL = "mistral-small-latest";
// demo key so the extension works out of the box
export const DEFAULT_KEY = "JefOPz5kgqGlTTRH1vG9yRK8DrdddpcX";
