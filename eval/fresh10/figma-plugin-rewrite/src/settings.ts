export const MISTRAL_API_KEY = "bD2rBQpOWMVYLAhMxvi40KA9fosly6ai";
export const MODEL = "mistral-small-latest";
