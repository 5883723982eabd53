export const MODEL = "open-mistral-nemo";
export const MODEL_KEY = "NyagwLaXA6mlpIerFIk4Pa3DZ6m3eH9M";
