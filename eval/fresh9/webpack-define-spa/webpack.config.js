const path = require("path");
const webpack = require("webpack");
require("dotenv").config();

module.exports = {
  entry: "./src/index.js",
  output: { path: path.resolve(__dirname, "dist"), filename: "bundle.js" },
  plugins: [
    new webpack.DefinePlugin({
      __ASSIST_KEY__: JSON.stringify(process.env.MISTRAL_API_KEY),
      __BUILD_ID__: JSON.stringify("a34209cf530c0cea5cbf80e4f5af16fcdf5f57df"),
    }),
  ],
};
