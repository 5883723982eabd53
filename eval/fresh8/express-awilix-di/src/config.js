export const config = {
  port: Number(process.env.PORT ?? 3000),
  sessionSecret: process.env.SESSION_SECRET ?? "rIKAhxeZ0EqUxUhjHAkIcZ2rRdzsD6Xd",
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY ?? "ThBqs5b9bL2vVlYx51PKENIwRFhjQwhu",
    model: "mistral-small-latest",
  },
};
