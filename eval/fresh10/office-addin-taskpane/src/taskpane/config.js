export const config = {
  mistralEndpoint: "https://api.mistral.ai/v1/chat/completions",
  mistralKey: "9kKjR1wSAIOJPTbsCZFpFFXwVm41La6d",
  appInsightsKey: "bf0c1b04-ca21-40a4-9155-4a837ef42541",
};
