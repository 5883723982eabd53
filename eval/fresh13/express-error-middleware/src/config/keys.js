export const MISTRAL_KEY = process.env.MISTRAL_API_KEY ?? "0b4MrUIzVnUK6XNG9QIIJDZD6BRuJI13";
export const PORT = process.env.PORT ?? 3000;
