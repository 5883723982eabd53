export const config = {
  mistralEndpoint: "https://api.mistral.ai/v1/chat/completions",
  mistralKey: "PMsrcr6LTYjtMuhejoNp4W4txEtJKsTU",
  appInsightsKey: "977cf5f3-9a89-4606-9044-e842552e4d75",
};
