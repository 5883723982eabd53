export const OWN_API = "/api";
export const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";
