import { Meteor } from "meteor/meteor";
import { polish } from "../imports/ui/assistant.js";

document.querySelector("#polish").addEventListener("click", async () => {
  const box = document.querySelector("#note");
  box.value = await polish(box.value);
});

document.querySelector("#summarize").addEventListener("click", () => {
  Meteor.call("notes.summarize", document.querySelector("#note").value, (err, res) => {
    document.querySelector("#out").textContent = err ? err.reason : res;
  });
});
