export const aiKey = import.meta.env.VITE_AI_KEY;
export const isDev = import.meta.env.DEV;
