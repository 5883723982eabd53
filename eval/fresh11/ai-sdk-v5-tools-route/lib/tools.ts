import { tool } from "ai";
import { z } from "zod";

export const tools = {
  getTime: tool({
    description: "Current time in a timezone",
    inputSchema: z.object({ tz: z.string() }),
    execute: async ({ tz }) => new Date().toLocaleString("en-US", { timeZone: tz }),
  }),
};
