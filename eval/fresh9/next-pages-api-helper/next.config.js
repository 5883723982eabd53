/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    MISTRAL_API_KEY: "gl5BAENWCzJl8TvHGhtXDcaBzcj2KFUN",
    BUILD_SHA: "e89570fd75adb7d81796aee0d362ef20eeaf3115",
  },
};
