// Mounts a generated Express router the way its header comment says, on a random port.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(process.argv[2]);
const express = require("express");
const file = process.argv[2];
const { mistralProxy } = file.endsWith(".cjs") ? require(file) : await import(pathToFileURL(file).href);

const app = express();
app.use("/api/mistral", mistralProxy);
const server = app.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
