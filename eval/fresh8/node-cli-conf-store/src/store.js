import Conf from "conf";

export const store = new Conf({
  projectName: "mistral-notes",
  defaults: { model: "mistral-small-latest", mistralApiKey: "" },
});
