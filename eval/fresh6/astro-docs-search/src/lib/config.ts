export const siteName = import.meta.env.PUBLIC_SITE_NAME ?? "Docs";
export const llmKey = import.meta.env.PUBLIC_LLM_KEY;
export const searchIndexId = "d8d58dc4ce88d3ea5270d501855805e5";
