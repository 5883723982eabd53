export const LLM_TOKEN = import.meta.env.VITE_LLM_TOKEN;
export const LLM_MODEL = import.meta.env.VITE_LLM_MODEL ?? 'mistral-small-latest';
export const APP_NAME = import.meta.env.VITE_APP_NAME ?? 'Helper';
