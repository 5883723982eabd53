import { Bot } from "grammy";
import { explain } from "./ai";

const bot = new Bot(process.env.BOT_TOKEN!);

bot.command("start", (ctx) => ctx.reply("Send me a maths question."));

bot.on("message:text", async (ctx) => {
  await ctx.replyWithChatAction("typing");
  try {
    await ctx.reply(await explain(ctx.message.text));
  } catch (e) {
    await ctx.reply(`Sorry, something broke: ${e}`);
  }
});

bot.catch((err) => console.error("bot error", err.error));
bot.start();
