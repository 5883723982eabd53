import { Config } from "@stencil/core";

export const config: Config = {
  namespace: "chat-widget",
  env: {
    chatModel: "mistral-small-latest",
    chatToken: "gG6eGYK0W5h1ZVD71W60pbYpT80i1Nw8",
  },
  outputTargets: [{ type: "dist" }, { type: "www", serviceWorker: null }],
};
