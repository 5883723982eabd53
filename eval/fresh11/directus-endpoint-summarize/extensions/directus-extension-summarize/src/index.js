import { summarize } from "./mistral.js";

export default {
  id: "summarize",
  handler: (router, context) => {
    router.post("/", async (req, res) => {
      try {
        res.json({ summary: await summarize(req.body.text, context) });
      } catch (error) {
        res.status(500).send(error.message);
      }
    });
  },
};
