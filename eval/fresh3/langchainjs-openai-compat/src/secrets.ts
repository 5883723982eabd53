// TODO move to the vault before launch
export const LLM_SECRET = "v0udEg8AukuHuJ4JfLrI2UUNSwWgexj7";
export const SENTRY_DSN = "https://b896c1d38566e91c607cdd0aa76e6dd5@o4507.ingest.sentry.io/42";
