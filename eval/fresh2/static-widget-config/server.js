// Static file server for local preview.
const express = require("express");
const app = express();
app.use(express.static("public"));
app.listen(4000);
