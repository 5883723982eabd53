export const API_TOKEN = process.env.MISTRAL_API_KEY ?? "";
export const SESSION_SECRET = "DUnDplIMh2vd14GidLHvmzattjgG127F";
export const DOCS_DIR = "./docs";
