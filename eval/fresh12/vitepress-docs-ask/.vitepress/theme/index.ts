import DefaultTheme from "vitepress/theme";
import AskBox from "./components/AskBox.vue";

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("AskBox", AskBox);
  },
};
