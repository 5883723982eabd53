import type { HandleServerError } from "@sveltejs/kit";

export const handleError: HandleServerError = async ({ error, event }) => {
  console.error(event.url.pathname, error);
  return { message: (error as Error).message };
};
