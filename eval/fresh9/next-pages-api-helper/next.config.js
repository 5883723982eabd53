/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    MISTRAL_API_KEY: "WyDBidd1dtFVO9g9PlbDuiIrvZYF9SGm",
    BUILD_SHA: "1471b0ac3d608e6b4b1ca55be6ce4cb7420bc266",
  },
};
