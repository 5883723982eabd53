import { ChatMistralAI } from "@langchain/mistralai";
import { MessagesAnnotation, StateGraph } from "@langchain/langgraph";
import { config } from "./config";

const llm = new ChatMistralAI({ apiKey: config.mistralKey, model: config.model, temperature: 0 });

async function plan(state: typeof MessagesAnnotation.State) {
  const reply = await llm.invoke(state.messages);
  return { messages: [reply] };
}

export const graph = new StateGraph(MessagesAnnotation)
  .addNode("plan", plan)
  .addEdge("__start__", "plan")
  .compile();
