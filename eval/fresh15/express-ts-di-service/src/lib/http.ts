import axios from "axios";
import { ENV } from "../config/env";

export const mistralHttp = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  timeout: 30_000,
  headers: { Authorization: `Bearer ${ENV.llmToken}` },
});
