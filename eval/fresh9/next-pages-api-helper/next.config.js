/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    MISTRAL_API_KEY: "xI4A8L4ad9ebNlYlrZx3fyGPcFZdLqRd",
    BUILD_SHA: "ea11a962e115b44952c91435d1bc950294546043",
  },
};
