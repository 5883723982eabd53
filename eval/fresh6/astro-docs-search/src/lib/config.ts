export const siteName = import.meta.env.PUBLIC_SITE_NAME ?? "Docs";
export const llmKey = import.meta.env.PUBLIC_LLM_KEY;
export const searchIndexId = "bb93747b73ff64b23bb93e6116af3f11";
