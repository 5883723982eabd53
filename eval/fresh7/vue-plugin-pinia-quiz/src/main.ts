import { createPinia } from "pinia";
import { createApp } from "vue";
import App from "./App.vue";
import mistralPlugin from "./plugins/mistral";

createApp(App).use(createPinia()).use(mistralPlugin).mount("#app");
