import { createClient } from "redis";

export const db = createClient({ url: process.env.REDIS_URL });
