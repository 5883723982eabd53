export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistralKey: process.env.MISTRAL_API_KEY || "Ek9eHFiqKrlOfcykYXpNHCB9qOjb81IG",
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
};
