import { tool } from "ai";
import { z } from "zod";
import { db } from "./db";

export const tools = {
  getOrder: tool({
    description: "Look up an order by id",
    inputSchema: z.object({ id: z.string() }),
    execute: async ({ id }) => db.order.findUnique({ where: { id } }),
  }),
};
