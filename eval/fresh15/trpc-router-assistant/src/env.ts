import { z } from "zod";

export const env = z
  .object({
    MISTRAL_API_KEY: z.string().min(1),
    DATABASE_URL: z.string().url(),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  })
  .parse(process.env);
