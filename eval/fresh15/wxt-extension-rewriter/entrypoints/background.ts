import { settingsItem } from "@/utils/storage";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    console.log("installed:", reason, await settingsItem.getValue());
  });
});
