import { ChatMistralAI, MistralAIEmbeddings } from "@langchain/mistralai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { settings } from "./settings";

const llm = new ChatMistralAI({ apiKey: settings.mistralApiKey, model: settings.chatModel });
const embeddings = new MistralAIEmbeddings({ apiKey: settings.mistralApiKey, model: settings.embedModel });
const store = new MemoryVectorStore(embeddings);

export async function* answerStream(question: string) {
  const docs = await store.similaritySearch(question, settings.topK);
  const context = docs.map((d) => d.pageContent).join("\n---\n");
  const stream = await llm.stream([
    ["system", `Answer using only this context:\n${context}`],
    ["human", question],
  ]);
  for await (const chunk of stream) yield String(chunk.content);
}
