const express = require("express");
const { requestLogger } = require("./middleware/requestLogger");
const faq = require("./controllers/faqController");

const app = express();
app.use(express.json());
app.use(requestLogger);
app.post("/faq", faq.ask);
app.listen(process.env.PORT || 3000);
