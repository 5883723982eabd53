export const MISTRAL_CHAT_URL = "https://api.mistral.ai/v1/chat/completions";
export const TRANSLATE_MODEL = "mistral-small-latest";
