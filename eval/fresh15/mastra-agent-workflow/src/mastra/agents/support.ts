import { Agent } from "@mastra/core/agent";
import { mistral } from "../providers";
import { weatherTool } from "../tools/weather";

export const supportAgent = new Agent({
  name: "support",
  instructions: "You help travellers plan their day. Use the weather tool when asked.",
  model: mistral("mistral-large-latest"),
  tools: { weatherTool },
});
