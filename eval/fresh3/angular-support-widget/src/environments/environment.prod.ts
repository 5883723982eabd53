export const environment = {
  production: true,
  assistantUrl: "/api/assistant",
  assistantKey: "",
};
