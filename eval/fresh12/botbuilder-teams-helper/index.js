const restify = require("restify");
const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require("botbuilder");
const config = require("./config");
const { HelperBot } = require("./bot");

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(config));
adapter.onTurnError = async (context, error) => {
  console.error("[onTurnError]", error);
  await context.sendActivity("The bot encountered an error.");
};

const bot = new HelperBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post("/api/messages", (req, res) => adapter.process(req, res, (ctx) => bot.run(ctx)));
server.listen(process.env.PORT || 3978);
