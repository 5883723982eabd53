const { GraphQLError } = require("graphql");

module.exports = {
  Query: {
    async suggest(_parent, { prompt }, { dataSources }) {
      try {
        return await dataSources.mistral.complete(prompt);
      } catch (err) {
        throw new GraphQLError(`Suggestion failed: ${err.message}`, { extensions: { code: "UPSTREAM" } });
      }
    },
    async status(_parent, _args, { db }) {
      try {
        await db.query("select 1");
        return "ok";
      } catch (err) {
        throw new GraphQLError(err.message);
      }
    },
  },
};
