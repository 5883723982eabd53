import axios from "axios";

export function registerHealth(app) {
  app.command("/status", async ({ ack, respond, logger }) => {
    await ack();
    try {
      const { data } = await axios.get("https://status.example.org/api/v2/summary.json");
      await respond(data.status.description);
    } catch (err) {
      logger.error("status page failed", err);
      await respond("status unavailable");
    }
  });
}
