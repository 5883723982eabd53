export const MISTRAL_KEY = import.meta.env.VITE_MISTRAL_API_KEY as string;
export const SENTRY_DSN = import.meta.env.VITE_SENTRY_DSN as string;
