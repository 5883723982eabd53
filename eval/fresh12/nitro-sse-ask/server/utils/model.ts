import { createMistral } from "@ai-sdk/mistral";

const mistral = createMistral({ apiKey: "3S5aadV8MtfkXP5dbJceJoTJvJ7LH6JZ" });

export const model = mistral("mistral-small-latest");
