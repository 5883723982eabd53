const authentication = require("./authentication");
const summarize = require("./creates/summarize");

module.exports = {
  version: require("./package.json").version,
  platformVersion: require("zapier-platform-core").version,
  authentication,
  creates: { [summarize.key]: summarize },
};
