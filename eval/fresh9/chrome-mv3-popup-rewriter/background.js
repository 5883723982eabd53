import { buildHeaders } from "./lib/headers.js";

chrome.runtime.onInstalled.addListener(async () => {
  const { apiKey } = await chrome.storage.sync.get("apiKey");
  console.log("ready, request headers:", buildHeaders(apiKey));
});
