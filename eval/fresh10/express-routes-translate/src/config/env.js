export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistralKey: process.env.MISTRAL_API_KEY || "68HGdc0oRhV173aPKIMhLWbap5ieaSry",
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
};
