import { mistral } from "./mistral";

export async function createContext({ req }: { req: Request }) {
  return { mistral, userAgent: req.headers.get("user-agent") };
}
export type Context = Awaited<ReturnType<typeof createContext>>;
