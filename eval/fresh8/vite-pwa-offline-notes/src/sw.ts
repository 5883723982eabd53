/// <reference lib="webworker" />
import { precacheAndRoute } from "workbox-precaching";
import { summarizeQueued } from "./sw-helpers/summarize";

declare const self: ServiceWorkerGlobalScope;
precacheAndRoute(self.__WB_MANIFEST);

self.addEventListener("sync", (event: any) => {
  if (event.tag === "summarize-notes") {
    event.waitUntil(
      (async () => {
        const summary = await summarizeQueued(["(queued notes)"]);
        await self.registration.showNotification("Notes summarized", { body: summary.slice(0, 120) });
      })(),
    );
  }
});
