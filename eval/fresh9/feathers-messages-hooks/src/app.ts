import { feathers } from "@feathersjs/feathers";
import { koa, rest } from "@feathersjs/koa";
import { logError } from "./hooks/log-error";
import { logTiming } from "./hooks/log-timing";
import { RepliesService } from "./services/replies/replies.class";

export const app = koa(feathers());
app.configure(rest());
app.hooks({ around: { all: [logError, logTiming] } });
app.use("replies", new RepliesService());
app.listen(3030);
