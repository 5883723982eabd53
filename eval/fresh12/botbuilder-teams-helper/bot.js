const { ActivityHandler } = require("botbuilder");
const { answer } = require("./services/mistral");

class HelperBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      try {
        await context.sendActivity(await answer(context.activity.text));
      } catch (err) {
        await context.sendActivity(`Sorry, that failed: ${err.message}`);
      }
      await next();
    });
  }
}

module.exports.HelperBot = HelperBot;
