export const mistralKey: string = import.meta.env.VITE_MISTRAL_API_KEY;
export const appVersion = "0.3.1";
