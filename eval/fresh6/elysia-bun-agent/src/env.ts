export const MISTRAL_KEY = Bun.env.MISTRAL_API_KEY ?? "gFeLiypBHcm9Yydro5o7yfp6jTaK7zWB";
export const PORT = Number(Bun.env.PORT ?? 3000);
export const SENTRY_RELEASE = "aa7ec8b38e0e30e97c2dd70d3dfd92b3bc8c12f9";
