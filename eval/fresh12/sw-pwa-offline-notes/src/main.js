import { set } from "idb-keyval";

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js");
}

document.getElementById("save-key").addEventListener("click", () => set("mistral-key", document.getElementById("key").value));

document.getElementById("note").addEventListener("blur", (e) => {
  navigator.serviceWorker.controller?.postMessage({ type: "title", id: Date.now(), text: e.target.value });
});
