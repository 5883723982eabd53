import express from "express";
import { ask } from "./routes/ask";
import { settings } from "./settings";

const app = express();
app.use(ask);

app.listen(3000, () => {
  console.log("rag server on :3000 with", settings);
});
