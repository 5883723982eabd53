const { Telegraf } = require("telegraf");
const { ask } = require("./lib/ask");

const bot = new Telegraf(process.env.BOT_TOKEN);

bot.on("text", async (ctx) => {
  try {
    await ctx.reply(await ask(ctx.message.text));
  } catch (e) {
    await ctx.reply(`Error: ${e.message}`);
  }
});

bot.command("ping", (ctx) => ctx.reply("pong"));
bot.launch({ webhook: { domain: process.env.APP_URL, port: Number(process.env.PORT), secretToken: process.env.WEBHOOK_SECRET } });
