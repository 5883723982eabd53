import { answer } from "../llm/client.js";

export function registerMention(app) {
  app.event("app_mention", async ({ event, say, logger }) => {
    try {
      await say({ text: await answer(event.text), thread_ts: event.ts });
    } catch (err) {
      logger.error("mention failed", err);
      await say({ text: "Sorry, something went wrong.", thread_ts: event.ts });
    }
  });
}
