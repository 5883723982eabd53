export const config = {
  apiUrl: import.meta.env.VITE_API_URL,
  llmKey: import.meta.env.VITE_LLM_KEY,
};
