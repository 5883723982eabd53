export const config = {
  mistralEndpoint: "https://api.mistral.ai/v1/chat/completions",
  mistralKey: "WVfkNnTit5GQrBEhd1Nivn0lRigKdDRe",
  appInsightsKey: "0450dc8d-16e0-490a-a945-654f7f9cef63",
};
