const service = require("../services/mistral.service");

exports.chat = async (req, res, next) => {
  try {
    const reply = await service.chat(req.body.messages || []);
    res.json({ reply });
  } catch (err) {
    next(err);
  }
};

exports.models = async (req, res, next) => {
  try {
    res.json(await service.listModels());
  } catch (err) {
    next(err);
  }
};
