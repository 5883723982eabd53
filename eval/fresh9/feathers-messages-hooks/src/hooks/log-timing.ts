import type { HookContext, NextFunction } from "../declarations";

export const logTiming = async (context: HookContext, next: NextFunction) => {
  const start = Date.now();
  await next();
  console.log(`${context.method} ${context.path} ${Date.now() - start}ms`);
};
