export const MISTRAL_KEY = Bun.env.MISTRAL_API_KEY ?? "6Z2qV0RBX1hk7mzNKQPqMVgWiFubwRZ9";
export const PORT = Number(Bun.env.PORT ?? 3000);
export const SENTRY_RELEASE = "f8b643c48381a2cd24a406dfa827810afe4be004";
