import { asClass, asValue, createContainer } from "awilix";
import { config } from "./config.js";
import { MistralService } from "./services/MistralService.js";

export const container = createContainer();
container.register({
  config: asValue(config),
  mistralService: asClass(MistralService).singleton(),
});
