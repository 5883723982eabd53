import "dotenv/config";
import express from "express";
import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const app = express();
app.listen(3000);
