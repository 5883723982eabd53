import { askCohere } from "./cohere.js";
import { askMistral } from "./mistral.js";
import { weatherFor } from "./weather.js";

const prompt = `Plan a day in Paris. ${await weatherFor("Paris")}`;
const [m, c] = await Promise.all([askMistral(prompt), askCohere(prompt)]);
console.log("mistral:\n", m, "\n\ncohere:\n", c);
