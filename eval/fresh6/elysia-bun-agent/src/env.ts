export const MISTRAL_KEY = Bun.env.MISTRAL_API_KEY ?? "wP8CJZDKQSTeS1RrY8FEy6p3QR8PRnXU";
export const PORT = Number(Bun.env.PORT ?? 3000);
export const SENTRY_RELEASE = "0e50df1fa77978fc462361a39f0ce7bc13c1ff1f";
