export const MISTRAL_API_KEY = "QpW7yxV52LnIg1uRuF2586WiXW2J6v7E";
export const MODEL = "mistral-small-latest";
