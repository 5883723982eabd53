import { Router } from "express";

export const chatRouter = Router();

chatRouter.post("/chat", async (req, res) => {
  const { mistralService } = req.container.cradle;
  try {
    const answer = await mistralService.complete(req.body.prompt);
    res.json({ answer });
  } catch (err) {
    req.log?.warn({ route: "chat" }, "completion failed");
    res.status(502).json({ error: err.message });
  }
});

chatRouter.get("/health", async (req, res) => {
  try {
    await req.container.cradle.config;
    res.json({ ok: true });
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});
