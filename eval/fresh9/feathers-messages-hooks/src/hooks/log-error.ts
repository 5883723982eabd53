import type { HookContext, NextFunction } from "../declarations";

export const logError = async (context: HookContext, next: NextFunction) => {
  try {
    await next();
  } catch (error: any) {
    console.error(`${context.path} failed`, context.params.headers);
    throw error;
  }
};
