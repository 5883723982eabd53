import { inject, Provider } from "@loopback/core";
import { getService } from "@loopback/service-proxy";
import { MistralDataSource } from "../datasources";

export interface MistralService {
  chat(body: object): Promise<{ choices: { message: { content: string } }[] }>;
}

export class MistralServiceProvider implements Provider<MistralService> {
  constructor(@inject("datasources.mistral") protected dataSource: MistralDataSource) {}
  value(): Promise<MistralService> {
    return getService(this.dataSource);
  }
}
