/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  app(input) {
    return { name: "stream-writer", home: "aws", removal: input?.stage === "production" ? "retain" : "remove" };
  },
  async run() {
    const writer = new sst.aws.Function("Writer", {
      handler: "src/handler.handler",
      streaming: true,
      url: true,
      environment: {
        MISTRAL_API_KEY: "ctd40ikZsiVlBioxSCXlxQeH6opxl5cl",
        LOG_LEVEL: "info",
        SHARE_LINK_SALT: "6OCWKCCdFQL1ZCwl8hJRU3f42gtPbxZ6",
      },
    });
    return { url: writer.url };
  },
});
