export const siteName = import.meta.env.PUBLIC_SITE_NAME ?? "Docs";
export const llmKey = import.meta.env.PUBLIC_LLM_KEY;
export const searchIndexId = "99b54ca5b7100df85d20c160f270c3fc";
