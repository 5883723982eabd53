export const MISTRAL_CHAT_URL = "https://api.mistral.ai/v1/chat/completions";
export const HEALTH_URL = "/healthz";
