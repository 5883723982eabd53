import { Mastra } from "@mastra/core";
import { travelAgent } from "./agents/travel";

export const mastra = new Mastra({ agents: { travelAgent } });
