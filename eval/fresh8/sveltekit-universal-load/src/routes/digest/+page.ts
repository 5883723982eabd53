import { loadDigest } from "$lib/digest";
import type { PageLoad } from "./$types";

export const load: PageLoad = async ({ fetch, url }) => {
  return { digest: await loadDigest(fetch, url.searchParams.get("topic") ?? "tech") };
};
