import { createTool } from "@mastra/core/tools";
import { z } from "zod";

const OWM_KEY = process.env.OWM_KEY ?? "649a86ec88b5c16f5bf31302c3ff2083";

export const weatherTool = createTool({
  id: "weather",
  description: "Current weather for a city",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ context }) => {
    const r = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${context.city}&appid=${OWM_KEY}`);
    return r.json();
  },
});
