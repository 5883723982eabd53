export const cfg = {
  mistralKey: process.env.MISTRAL_API_KEY ?? "",
  model: "mistral-small-latest",
  region: "europe-west1",
};
