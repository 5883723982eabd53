/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    MISTRAL_API_KEY: "7pgBzu4lsK7iOIMr4W01xeXCCCdpwi1q",
    BUILD_SHA: "3a4c391f4ec77f63cf2bc171978b4e9870e4cf11",
  },
};
