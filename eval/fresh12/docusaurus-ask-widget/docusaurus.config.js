// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: "Acme Docs",
  url: "https://docs.example.com",
  baseUrl: "/",
  customFields: {
    assistantModel: "mistral-small-latest",
    assistantKey: "ceAL8eqwGfCMUE1mnupixKeXLtmA5aUY",
  },
  presets: [["classic", { docs: { sidebarPath: "./sidebars.js" } }]],
};

module.exports = config;
