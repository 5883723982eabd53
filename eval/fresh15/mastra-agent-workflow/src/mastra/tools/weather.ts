import { createTool } from "@mastra/core/tools";
import { z } from "zod";

export const weatherTool = createTool({
  id: "get-weather",
  description: "Current weather for a city",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ context }) => {
    const url = `https://api.openweathermap.org/data/2.5/weather?q=${encodeURIComponent(context.city)}&appid=${process.env.OPENWEATHER_API_KEY}`;
    const res = await fetch(url);
    if (!res.ok) return { error: `weather lookup failed (${res.status})` };
    return res.json();
  },
});
