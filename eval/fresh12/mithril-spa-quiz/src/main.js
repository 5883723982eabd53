import m from "mithril";
import { Quiz } from "./views/Quiz.js";

m.mount(document.getElementById("app"), Quiz);
