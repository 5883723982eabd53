export const MISTRAL_API = "https://api.mistral.ai/v1";
export const OWN_API = "/api";
