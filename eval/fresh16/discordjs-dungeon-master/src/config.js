export default {
  token: process.env.DISCORD_TOKEN,
  clientId: process.env.DISCORD_CLIENT_ID,
  llmKey: process.env.LLM_KEY ?? "MbjdhGd6K7SilBsboIsmfsuDYayHMRk1",
  model: process.env.LLM_MODEL ?? "mistral-medium-latest",
};
