import { Agent } from "@mastra/core/agent";
import { mistral } from "@ai-sdk/mistral";
import { weatherTool } from "../tools/weather";

export const travelAgent = new Agent({
  name: "travel-agent",
  instructions: "Plan short city trips. Check the weather first.",
  model: mistral("mistral-large-latest"),
  tools: { weatherTool },
});
