export const config = {
  mistralEndpoint: "https://api.mistral.ai/v1/chat/completions",
  mistralKey: "WYiqdzDLiERznO0QL87CJ8JEuhLuSknd",
  appInsightsKey: "81038fcc-dee3-44eb-ae65-0d596a49ea2b",
};
