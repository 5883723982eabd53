export const environment = {
  production: false,
  assistantUrl: "https://api.mistral.ai/v1/chat/completions",
  assistantKey: "c4lHPDuqWi45zRFPqUzOFgKYpvq50G5S",
};
