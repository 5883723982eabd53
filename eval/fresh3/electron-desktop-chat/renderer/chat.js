const log = document.querySelector("#log");

document.querySelector("#send").addEventListener("click", async () => {
  const content = document.querySelector("#prompt").value;
  const result = await window.assistant.send([{ role: "user", content }]);
  log.append(result.error ? `Error: ${result.error}` : result.reply);
});
