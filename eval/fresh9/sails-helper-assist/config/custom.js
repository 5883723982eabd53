module.exports.custom = {
  baseUrl: "http://localhost:1337",
  mistralApiKey: "Y1u1UfBXQTwXO3mhDR4u8JNvTIHGw0K5",
  mailgunDomain: "mg.example.org",
  sessionSecret: "5bc78cb911554f99ccbbe09c5f66a637",
};
