module.exports = {
  inputs: { question: { type: "string", required: true } },
  exits: { success: { statusCode: 200 } },
  fn: async function ({ question }) {
    try {
      return { answer: await sails.helpers.askMistral(question) };
    } catch (err) {
      return this.res.serverError({ message: err.message });
    }
  },
};
