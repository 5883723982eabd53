export const AI_TOKEN = import.meta.env.VITE_AI_TOKEN as string;
export const BUILD = import.meta.env.VITE_APP_BUILD as string;
