import { providerSettings } from "./ai";

export function logStartup(port: number) {
  console.log(`listening on ${port}`);
  console.log("provider settings", providerSettings);
}
