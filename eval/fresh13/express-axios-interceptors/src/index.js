import express from "express";
import search from "./routes/search.js";

const app = express();
app.use(express.json());
app.use("/api", search);
app.listen(process.env.PORT || 8080);
