export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistralKey: process.env.MISTRAL_API_KEY || "q3hZO6MEL7a1lLfjfnkISuyAaxR1ho1v",
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
};
