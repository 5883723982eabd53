import { Config } from "@stencil/core";

export const config: Config = {
  namespace: "ask-box",
  outputTargets: [{ type: "dist" }, { type: "www", serviceWorker: null }],
};
