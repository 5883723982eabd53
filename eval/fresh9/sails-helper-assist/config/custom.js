module.exports.custom = {
  baseUrl: "http://localhost:1337",
  mistralApiKey: "5CJKzLjApiGXagUnTj5YGdd9s4ORYu4J",
  mailgunDomain: "mg.example.org",
  sessionSecret: "1683614ed47a38c378991f98860b58ee",
};
