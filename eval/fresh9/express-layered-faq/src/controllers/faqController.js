const faqService = require("../services/faqService");

exports.ask = async (req, res) => {
  try {
    const answer = await faqService.answer(req.body.question);
    res.json({ answer });
  } catch (err) {
    res.status(500).json({ error: err.message, code: err.code });
  }
};
