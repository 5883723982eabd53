import { createSchema } from "graphql-yoga";
import { GraphQLError } from "graphql";
import type { Context } from "./context";

export const schema = createSchema<Context>({
  typeDefs: /* GraphQL */ `
    type Query { summary(text: String!): String! }
  `,
  resolvers: {
    Query: {
      summary: async (_parent, { text }, { mistral }) => {
        try {
          const res = await mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `Summarize: ${text}` }] });
          return res.choices[0].message.content as string;
        } catch (err) {
          throw new GraphQLError(`Summary failed: ${(err as Error).message}`);
        }
      },
    },
  },
});
