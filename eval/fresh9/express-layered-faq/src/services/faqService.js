const { mistralHttp } = require("../clients/mistralHttp");

class FaqService {
  async answer(question) {
    const { data } = await mistralHttp.post("/chat/completions", {
      model: "mistral-small-latest",
      messages: [{ role: "user", content: question }],
    });
    return data.choices[0].message.content;
  }
}

module.exports = new FaqService();
