import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { logStartup } from "./log";
import { ask } from "./routes/ask";

const app = new Hono().route("/ask", ask);
serve({ fetch: app.fetch, port: 8787 }, (info) => logStartup(info.port));
