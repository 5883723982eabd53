import { Mistral } from "@mistralai/mistralai";
import { loadArticles } from "./feeds.js";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

const articles = await loadArticles();
const res = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: `Write a morning digest:\n${articles.join("\n")}` }],
});
console.log(res.choices[0].message.content);
