import { Editor, Notice, Plugin } from "obsidian";
import { summarize } from "./api";
import { DEFAULT_SETTINGS, type SummarizeSettings } from "./settings";

export default class SummarizePlugin extends Plugin {
  settings: SummarizeSettings = DEFAULT_SETTINGS;

  async onload() {
    this.settings = Object.assign({}, DEFAULT_SETTINGS, await this.loadData());
    console.log("mistral-summarize loaded", this.settings);
    this.addCommand({
      id: "summarize-selection",
      name: "Summarize selection",
      editorCallback: async (editor: Editor) => {
        try {
          editor.replaceSelection(await summarize(this.settings, editor.getSelection()));
        } catch (e) {
          new Notice(`Summarize failed: ${e}`);
        }
      },
    });
  }
}
