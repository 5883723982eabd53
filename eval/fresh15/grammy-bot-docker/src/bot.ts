import { Bot } from "grammy";
import { ask } from "./llm";

const bot = new Bot(process.env.BOT_TOKEN!);

bot.command("ask", async (ctx) => {
  await ctx.replyWithChatAction("typing");
  const answer = await ask(ctx.match);
  await ctx.reply(answer);
});

bot.catch(async (err) => {
  console.error(err.error);
  await err.ctx.reply(`Error: ${err.error}`);
});

bot.start();
