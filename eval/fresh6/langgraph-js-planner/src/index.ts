import { HumanMessage } from "@langchain/core/messages";
import { config } from "./config";
import { graph } from "./graph";

async function main() {
  if (process.argv.includes("--debug")) {
    console.log("planner config", config);
  }
  console.log("config keys:", Object.keys(config).join(", "));
  const out = await graph.invoke({ messages: [new HumanMessage(process.argv[2] ?? "Plan a 3-day sprint")] });
  console.log(out.messages.at(-1)?.content);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
