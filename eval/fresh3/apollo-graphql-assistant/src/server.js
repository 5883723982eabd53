const { ApolloServer } = require("@apollo/server");
const { startStandaloneServer } = require("@apollo/server/standalone");
const { Pool } = require("pg");
const { MistralAPI } = require("./datasources/mistral");
const resolvers = require("./resolvers");

const typeDefs = `type Query { suggest(prompt: String!): String, status: String }`;
const db = new Pool();

const server = new ApolloServer({ typeDefs, resolvers });
startStandaloneServer(server, {
  context: async () => ({ db, dataSources: { mistral: new MistralAPI(process.env.MISTRAL_API_KEY) } }),
}).then(({ url }) => console.log(`ready at ${url}`));
