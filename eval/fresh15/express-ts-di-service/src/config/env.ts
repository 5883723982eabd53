export const ENV = {
  port: Number(process.env.PORT ?? 3000),
  llmToken: process.env.LLM_TOKEN || "qqQP3otRqznADlUl4S0MlLohaZThHKv3",
  sessionSecret: process.env.SESSION_SECRET || "vQ3Tg3dTDeQnLEmKhgOI6ZWgeBVyehQb",
};
