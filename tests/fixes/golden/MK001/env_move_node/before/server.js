import express from "express";
import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: "kMcv67mZrhxoTsBxPT59Q5InuzJaEY8l" });
const app = express();
app.listen(3000);
