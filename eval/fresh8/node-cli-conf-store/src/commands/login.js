import { password } from "@inquirer/prompts";
import { store } from "../store.js";

export async function login() {
  const key = await password({ message: "Mistral API key" });
  store.set("mistralApiKey", key);
  console.log("saved");
}
