import { store } from "../store.js";

export function showConfig() {
  console.log("config file:", store.path);
  console.log(store.store);
}
