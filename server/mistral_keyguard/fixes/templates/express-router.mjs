{{HEADER}}
// Mount it in your Express app, next to your other routes:
//   import { mistralProxy } from "./{{NAME}}";
//   app.use("/api/mistral", mistralProxy);
import express from "express";

{{CORE}}
export const mistralProxy = express.Router();

mistralProxy.post("/:route", express.json({ limit: "1mb" }), async (req, res) => {
  try {
    const result = await callMistral(req.params.route, req.body);
    if (!result.stream) return res.status(result.status).json(result.body);
    res.status(200).set({ "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    res.flushHeaders();
    for await (const chunk of result.body) res.write(chunk);
    res.end();
  } catch (err) {
    console.error("mistral proxy: unexpected error", err);
    if (!res.headersSent) res.status(500).json({ error: GENERIC_ERROR });
    else res.end();
  }
});

// A body that is not JSON: answer briefly, without the parser's details.
mistralProxy.use((err, req, res, next) => {
  if (res.headersSent) return next(err);
  res.status(400).json({ error: "Bad request" });
});
