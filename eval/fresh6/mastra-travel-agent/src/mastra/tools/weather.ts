import { createTool } from "@mastra/core/tools";
import { z } from "zod";

const OWM_KEY = process.env.OWM_KEY ?? "f4267ec821c079fde2cfcdbc51fa5829";

export const weatherTool = createTool({
  id: "weather",
  description: "Current weather for a city",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ context }) => {
    const r = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${context.city}&appid=${OWM_KEY}`);
    return r.json();
  },
});
