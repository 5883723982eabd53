export const assistantToken = import.meta.env.VITE_ASSISTANT_TOKEN as string;
export const appVersion = import.meta.env.VITE_APP_VERSION;
