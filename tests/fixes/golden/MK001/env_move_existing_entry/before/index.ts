import { Mistral } from "@mistralai/mistralai";

export const client = new Mistral({ apiKey: "mew93G6PRM4OHFbQE7NHcE7EThKLUdrG" });
