import Alpine from "https://esm.sh/alpinejs@3";
import { chatBox } from "./chat.js";

window.Alpine = Alpine;
Alpine.data("chatBox", chatBox);
Alpine.start();
