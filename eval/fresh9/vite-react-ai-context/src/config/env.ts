export const env = {
  mistralKey: import.meta.env.VITE_MISTRAL_API_KEY as string,
  apiBase: import.meta.env.VITE_API_BASE ?? "/api",
};
