export const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";
export const WEATHER_URL = "https://api.open-meteo.com/v1/forecast";
