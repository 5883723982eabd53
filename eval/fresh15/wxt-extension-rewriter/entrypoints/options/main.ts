import { settingsItem } from "@/utils/storage";

const form = document.querySelector<HTMLFormElement>("#options")!;
form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  await settingsItem.setValue({
    apiKey: String(data.get("apiKey") ?? ""),
    tone: (data.get("tone") as "neutral") ?? "neutral",
  });
  document.querySelector("#saved")!.textContent = "Saved";
});
