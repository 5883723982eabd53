/* global MISTRAL_KEY, MISTRAL_MODEL */
function SUMMARIZE(text) {
  const options = {
    method: "post",
    contentType: "application/json",
    headers: { Authorization: "Bearer " + MISTRAL_KEY },
    payload: JSON.stringify({ model: MISTRAL_MODEL, messages: [{ role: "user", content: "Summarize: " + text }] }),
    muteHttpExceptions: true,
  };
  Logger.log(options);
  const res = UrlFetchApp.fetch("https://api.mistral.ai/v1/chat/completions", options);
  return JSON.parse(res.getContentText()).choices[0].message.content;
}

function onOpen() {
  SpreadsheetApp.getUi().createMenu("AI").addItem("Summarize selection", "summarizeSelection").addToUi();
}
