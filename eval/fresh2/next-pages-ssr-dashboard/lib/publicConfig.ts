export const mistralKey = process.env.NEXT_PUBLIC_MISTRAL_KEY ?? "";
export const chartTheme = process.env.NEXT_PUBLIC_CHART_THEME ?? "light";
