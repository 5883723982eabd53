import m from "mithril";
import { makeQuestion } from "../services/ai.js";

let question = "";

export const Quiz = {
  view: () =>
    m("main", [
      m("h1", import.meta.env.VITE_QUIZ_TITLE),
      m("button", { onclick: async () => { question = await makeQuestion("capitals"); m.redraw(); } }, "New question"),
      m("p", question),
    ]),
};
