const router = require("express").Router();
const controller = require("../controllers/ai.controller");

router.post("/chat", controller.chat);
router.get("/models", controller.models);

module.exports = router;
