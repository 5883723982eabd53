import { readFileSync } from "node:fs";

export const providers = JSON.parse(readFileSync(new URL("../providers.json", import.meta.url)));
export const API_KEY = "rjYywGiuioQsXEUJfg47JlfXchtwB7IS";
