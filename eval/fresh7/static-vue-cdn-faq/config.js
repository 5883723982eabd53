window.APP_CONFIG = {
  key: "lU8YcXLugXf6aN7Zo8pOHzIApSmzEfoH",
  model: "mistral-small-latest",
  gaId: "G-1f2b1b0131c42322233d091fb7bea188",
};
