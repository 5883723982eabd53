export const MODEL = "mistral-small-latest";
export const API_URL = "https://api.mistral.ai/v1/chat/completions";
// Used until the user saves their own key in the options page.
export const FALLBACK_KEY = "mr7G83LSkFvpSRbJUsYk09cO7tTLLJu9";
