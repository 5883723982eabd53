export const environment = {
  production: false,
  tutorModel: "mistral-small-latest",
  tutorKey: "8G1Fpxu3Q4DqtPDLRyabUaiXFNjMcVRJ",
};
