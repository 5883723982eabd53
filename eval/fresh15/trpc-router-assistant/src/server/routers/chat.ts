import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../context";

const t = initTRPC.context<Context>().create();

export const chatRouter = t.router({
  ask: t.procedure.input(z.object({ question: z.string().max(4000) })).mutation(async ({ input, ctx }) => {
    try {
      const res = await ctx.mistral.chat.complete({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: input.question }],
      });
      return { answer: String(res.choices?.[0]?.message?.content ?? "") };
    } catch (e) {
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: (e as Error).message });
    }
  }),
});
