import Agenda from "agenda";
import config from "./config/index.js";
import { defineDigest } from "./jobs/digest.js";

const agenda = new Agenda({ db: { address: config.mongoUrl } });
defineDigest(agenda);

await agenda.start();
await agenda.every(config.digestCron, "daily digest", { items: [] });
