/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    MISTRAL_API_KEY: "tDgZm7JF5kIQ6bd6jr4qybgOrTudw9a0",
    BUILD_SHA: "66b38e5b2130e4f34c2ebf97193d4ba82ca0101c",
  },
};
