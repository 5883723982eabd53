const axios = require("axios");
const { mistralKey } = require("../config.json");

function askLore(question) {
  return axios
    .post(
      "https://api.mistral.ai/v1/chat/completions",
      { model: "open-mistral-nemo", messages: [{ role: "user", content: question }] },
      { headers: { Authorization: `Bearer ${mistralKey}` } },
    )
    .then((res) => res.data.choices[0].message.content)
    .catch((error) => {
      console.error("lore lookup failed", error);
      return "The archives are silent right now.";
    });
}

function fetchChangelog() {
  return axios
    .get("https://example.com/changelog.json")
    .then((res) => res.data)
    .catch((error) => {
      console.error("changelog failed", error);
      return [];
    });
}

module.exports = { askLore, fetchChangelog };
