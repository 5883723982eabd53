import { createApp } from "vue";
import { createPinia } from "pinia";
import ChatPanel from "./components/ChatPanel.vue";

createApp(ChatPanel).use(createPinia()).mount("#app");
