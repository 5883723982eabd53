export const schema = gql`
  type FaqAnswer { answer: String }
  type Mutation { askFaq(question: String!): FaqAnswer @skipAuth }
`;
