const router = require("express").Router();
const { postMessage } = require("../controllers/chatController");

router.post("/message", postMessage);

module.exports = router;
