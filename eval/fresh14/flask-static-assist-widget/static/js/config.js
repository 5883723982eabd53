export const ASSIST_KEY = "RjeGd9S0PqiapnY1mEVX5tOWPfOINFhe";
export const ASSIST_MODEL = "mistral-small-latest";
export const MAX_LEN = 2000;
export const CHAT_URL = "https://api.mistral.ai/v1/chat/completions";
export const MODERATION_URL = "https://api.mistral.ai/v1/moderations";
