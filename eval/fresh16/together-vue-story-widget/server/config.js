export const config = {
  togetherKey: process.env.TOGETHER_API_KEY ?? "597b05d0603f6da0add306bc6c9beba4b51795391bf6bb15b10e9d1bd7d8fa16",
  model: process.env.STORY_MODEL ?? "mistralai/Mixtral-8x7B-Instruct-v0.1",
};
