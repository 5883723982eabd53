require("dotenv").config();
const express = require("express");
const requestLogger = require("./middleware/requestLogger");
const errorHandler = require("./middleware/errorHandler");
const aiRoutes = require("./routes/ai.routes");

const app = express();
app.use(express.json());
app.use(requestLogger);
app.use("/api/ai", aiRoutes);
app.use(errorHandler);

app.listen(process.env.PORT || 3000, () => console.log("listening"));
