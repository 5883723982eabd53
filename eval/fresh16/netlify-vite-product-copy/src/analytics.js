import posthog from "posthog-js";

posthog.init("phc_sZpJo3OzZ7y6ImYGqDatxB8o17CNSn2pEdOPmTDdYaS", { api_host: "https://eu.i.posthog.com" });

export function track(event, props) {
  posthog.capture(event, props);
}
