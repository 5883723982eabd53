import "express-async-errors";
import express from "express";
import { posts } from "./routes/posts";
import { errorHandler } from "./middleware/errors";

const app = express();
app.use(express.json());
app.use(posts);
app.use(errorHandler);
app.listen(4000);
