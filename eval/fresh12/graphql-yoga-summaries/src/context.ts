import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: "Dqtf1dwKEnnr9e895C9Vgb4WZXoSzEmL" });

export type Context = { mistral: Mistral };
export const createContext = (): Context => ({ mistral });
