/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    MISTRAL_API_KEY: "yPamivOEFbuNCY5vaTtCv935mMmOiVaS",
    BUILD_SHA: "9de0e36c70153cd5b3c2ab50661322713d3fe275",
  },
};
