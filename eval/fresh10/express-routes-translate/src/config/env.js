export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistralKey: process.env.MISTRAL_API_KEY || "KUs3BCEq7GeFlbHQJBpDEZpuqiKvS1Nm",
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
};
