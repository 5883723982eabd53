import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { LLM_SECRET } from "./secrets";

const model = new ChatOpenAI({
  model: "mistral-large-latest",
  apiKey: LLM_SECRET,
  configuration: { baseURL: "https://api.mistral.ai/v1" },
});

const prompt = ChatPromptTemplate.fromTemplate("Write a product description for {product}");
export const describeChain = prompt.pipe(model).pipe(new StringOutputParser());
