import { initTRPC } from "@trpc/server";
import { env } from "./env";

console.log("tRPC starting with env", env);

const t = initTRPC.create();
export const router = t.router;
export const publicProcedure = t.procedure;
