import { createApp } from "vue";
import Composer from "./components/Composer.vue";

createApp(Composer).mount("#app");
