export const config = {
  mistralKey: process.env.MISTRAL_API_KEY ?? "",
  model: process.env.PLANNER_MODEL ?? "mistral-large-latest",
  langsmithProject: "planner-dev",
  maxSteps: 8,
};
