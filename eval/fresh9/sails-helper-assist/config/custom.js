module.exports.custom = {
  baseUrl: "http://localhost:1337",
  mistralApiKey: "HS5q8DlH5aePtzgd4yP6UWTBLzuRkuCz",
  mailgunDomain: "mg.example.org",
  sessionSecret: "a13780c718e3d96c5854bf5cd28bbc92",
};
