import type { ICredentialType, INodeProperties } from "n8n-workflow";

export class MistralTldrApi implements ICredentialType {
  name = "mistralTldrApi";
  displayName = "Mistral TLDR API";
  properties: INodeProperties[] = [
    { displayName: "API Key", name: "apiKey", type: "string", typeOptions: { password: true }, default: "" },
  ];
}
