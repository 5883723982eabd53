module.exports = { siteMetadata: { title: "Ask the site" }, plugins: [] }
