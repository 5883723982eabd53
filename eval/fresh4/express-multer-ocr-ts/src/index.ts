import express from "express";
import multer from "multer";
import { scan } from "./controllers/scanController";

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });
app.post("/scan", upload.single("file"), scan);
app.listen(8080);
