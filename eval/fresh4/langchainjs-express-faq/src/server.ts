import express from "express";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { answerQuestion, embeddings } from "./chain";

const app = express();
app.use(express.json());
const store = new MemoryVectorStore(embeddings);

app.post("/faq", async (req, res) => {
  try {
    const answer = await answerQuestion(store, req.body.question);
    res.json({ answer });
  } catch (e) {
    res.status(500).json({ message: e instanceof Error ? e.message : "unknown error" });
  }
});

app.listen(3001);
