const perform = async (z, bundle) => {
  const options = {
    url: "https://api.mistral.ai/v1/chat/completions",
    method: "POST",
    headers: { Authorization: `Bearer ${bundle.authData.apiKey}`, "Content-Type": "application/json" },
    body: { model: "mistral-small-latest", messages: [{ role: "user", content: bundle.inputData.text }] },
  };
  z.console.log("auth data", bundle.authData);
  z.console.log("calling mistral", options);
  const response = await z.request(options);
  return { summary: response.data.choices[0].message.content };
};

module.exports = {
  key: "summarize",
  noun: "Summary",
  display: { label: "Summarize Text", description: "Summarizes text with Mistral." },
  operation: { inputFields: [{ key: "text", required: true }], perform },
};
