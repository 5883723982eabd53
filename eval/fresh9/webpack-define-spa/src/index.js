import { explain } from "./api";

const btn = document.querySelector("#explain");
btn.addEventListener("click", async () => {
  const code = document.querySelector("#code").value;
  document.querySelector("#out").textContent = await explain(code);
});
console.log("build", __BUILD_ID__);
