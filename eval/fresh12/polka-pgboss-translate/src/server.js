import polka from "polka";
import bodyParser from "body-parser";
import { boss } from "./boss.js";
import { translate } from "./services/translate.js";

const send = (res, code, data) => {
  res.writeHead(code, { "Content-Type": "application/json" });
  res.end(JSON.stringify(data));
};

await boss.start();

polka()
  .use(bodyParser.json())
  .post("/translate", async (req, res) => {
    try {
      const out = await translate(req.body.text, req.body.target ?? "French");
      send(res, 200, { out });
    } catch (err) {
      send(res, 502, { error: String(err) });
    }
  })
  .get("/health", async (req, res) => {
    try {
      await boss.getQueueSize("translate");
      send(res, 200, { ok: true });
    } catch (err) {
      send(res, 503, { ok: false, error: err.message });
    }
  })
  .listen(3000);
