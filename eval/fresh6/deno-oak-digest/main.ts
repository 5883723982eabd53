import { Application } from "jsr:@oak/oak/application";
import { router } from "./routes.ts";

const key = Deno.env.get("MISTRAL_API_KEY");
console.log(`starting digest service, auth: Bearer ${key}`);
console.log("key set:", Boolean(key));

const app = new Application();
app.use(router.routes());
await app.listen({ port: 8000 });
