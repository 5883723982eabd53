import { ChatMistralAI, MistralAIEmbeddings } from "@langchain/mistralai";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { MemoryVectorStore } from "langchain/vectorstores/memory";

export const embeddings = new MistralAIEmbeddings({ model: "mistral-embed", apiKey: process.env.MISTRAL_API_KEY });
const llm = new ChatMistralAI({ model: "mistral-small-latest", temperature: 0, apiKey: process.env.MISTRAL_API_KEY });
const prompt = ChatPromptTemplate.fromTemplate("Answer with the context only.\nContext: {context}\nQuestion: {question}");

export async function answerQuestion(store: MemoryVectorStore, question: string) {
  const docs = await store.similaritySearch(question, 4);
  const chain = prompt.pipe(llm).pipe(new StringOutputParser());
  return chain.invoke({ context: docs.map((d) => d.pageContent).join("\n"), question });
}
