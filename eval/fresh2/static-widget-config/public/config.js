window.WIDGET_CONFIG = {
  title: "Ask our docs",
  model: "mistral-small-latest",
  mistralKey: "7gcRgvsJTemmvugsXHd5NWHnGU0u2nN5",
  theme: "dark",
};
