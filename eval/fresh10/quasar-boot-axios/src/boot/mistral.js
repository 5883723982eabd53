import axios from "axios";
import { boot } from "quasar/wrappers";

const mistralApi = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: "Bearer " + process.env.MISTRAL_KEY },
});

export default boot(({ app }) => {
  app.config.globalProperties.$mistral = mistralApi;
});

export { mistralApi };
