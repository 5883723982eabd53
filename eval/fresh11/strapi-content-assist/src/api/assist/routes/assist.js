module.exports = {
  routes: [{ method: "POST", path: "/assist/title", handler: "assist.title" }],
};
