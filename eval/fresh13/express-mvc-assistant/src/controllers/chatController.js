const mistralService = require("../services/mistralService");

exports.postMessage = async (req, res) => {
  try {
    const reply = await mistralService.chat(req.body.messages);
    res.json({ reply });
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
};
