import { JupyterFrontEnd, JupyterFrontEndPlugin } from "@jupyterlab/application";
import { requestAPI } from "./request";

const plugin: JupyterFrontEndPlugin<void> = {
  id: "jupyter-mistral:plugin",
  autoStart: true,
  activate: (app: JupyterFrontEnd) => {
    app.commands.addCommand("mistral:complete", {
      label: "Complete with Codestral",
      execute: async () => requestAPI("complete", { method: "POST", body: JSON.stringify({ code: "" }) }),
    });
  },
};
export default plugin;
