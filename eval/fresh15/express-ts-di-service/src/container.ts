import { MistralService } from "./services/mistral.service";

export const container = {
  mistral: new MistralService(),
};
export type Container = typeof container;
