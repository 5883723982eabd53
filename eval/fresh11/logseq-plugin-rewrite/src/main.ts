import "@logseq/libs";
import { rewriteBlock } from "./api";

logseq.useSettingsSchema([{ key: "mistralKey", type: "string", default: "", title: "Mistral API key", description: "" }]);

logseq.ready(() => {
  logseq.Editor.registerSlashCommand("Rewrite formally", async ({ uuid }) => {
    const block = await logseq.Editor.getBlock(uuid);
    if (block) await logseq.Editor.updateBlock(uuid, await rewriteBlock(block.content, "formal"));
  });
});
