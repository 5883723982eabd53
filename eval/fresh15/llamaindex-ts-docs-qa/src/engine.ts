import { Settings, VectorStoreIndex, SimpleDirectoryReader } from "llamaindex";
import { MistralAI, MistralAIEmbedding } from "@llamaindex/mistral";
import { API_TOKEN, DOCS_DIR } from "./constants";

Settings.llm = new MistralAI({ apiKey: API_TOKEN, model: "mistral-small-latest" });
Settings.embedModel = new MistralAIEmbedding({ apiKey: API_TOKEN });

let indexPromise: Promise<VectorStoreIndex> | undefined;

async function getIndex() {
  indexPromise ??= new SimpleDirectoryReader()
    .loadData({ directoryPath: DOCS_DIR })
    .then((docs) => VectorStoreIndex.fromDocuments(docs));
  return indexPromise;
}

export async function ask(question: string): Promise<string> {
  try {
    const engine = (await getIndex()).asQueryEngine();
    const res = await engine.query({ query: question });
    return res.toString();
  } catch (err) {
    console.error("query failed", err);
    return "Sorry, I could not answer that right now.";
  }
}
