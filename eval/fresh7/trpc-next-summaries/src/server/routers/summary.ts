import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { summarize } from "../llm";
import { publicProcedure, router } from "../trpc";

export const summaryRouter = router({
  create: publicProcedure.input(z.object({ text: z.string().max(20000) })).mutation(async ({ input }) => {
    try {
      return { summary: await summarize(input.text) };
    } catch (e) {
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: (e as Error).message });
    }
  }),
});
