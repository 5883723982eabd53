#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { summarize } from "./mistral.js";

const server = new McpServer({ name: "mistral-tools", version: "0.3.0" });

server.registerTool(
  "summarize",
  {
    description: "Summarize a text with Mistral",
    inputSchema: { text: z.string(), maxWords: z.number().default(80) },
  },
  async ({ text, maxWords }) => {
    try {
      return { content: [{ type: "text", text: await summarize(text, maxWords) }] };
    } catch (e) {
      // shown to the local user in their own MCP client
      return { content: [{ type: "text", text: `Mistral error: ${e}` }], isError: true };
    }
  },
);

await server.connect(new StdioServerTransport());
