import posthog from "posthog-js";
import { posthogKey } from "@/config/keys";

export function initAnalytics() {
  posthog.init(posthogKey, { api_host: "https://eu.i.posthog.com" });
}
