// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: "Acme Docs",
  url: "https://docs.example.com",
  baseUrl: "/",
  customFields: {
    assistantModel: "mistral-small-latest",
    assistantKey: "MYCuP6ulqgr1VrcwQN6hk8AxGHKnJDnn",
  },
  presets: [["classic", { docs: { sidebarPath: "./sidebars.js" } }]],
};

module.exports = config;
