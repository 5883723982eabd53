export const APP_TITLE = import.meta.env.VITE_APP_TITLE ?? 'Chat';
export const LLM_KEY = import.meta.env.VITE_LLM_KEY as string;
export const SENTRY_DSN = import.meta.env.VITE_SENTRY_DSN;
