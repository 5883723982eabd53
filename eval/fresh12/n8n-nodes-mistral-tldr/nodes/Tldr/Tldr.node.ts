import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from "n8n-workflow";
import { buildOptions } from "./transport";

export class Tldr implements INodeType {
  description: INodeTypeDescription = {
    displayName: "Mistral TLDR",
    name: "tldr",
    group: ["transform"],
    version: 1,
    inputs: ["main"],
    outputs: ["main"],
    credentials: [{ name: "mistralTldrApi", required: true }],
    properties: [{ displayName: "Text", name: "text", type: "string", default: "" }],
    defaults: { name: "Mistral TLDR" },
    description: "Summarize text",
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const out: INodeExecutionData[] = [];
    for (let i = 0; i < this.getInputData().length; i++) {
      const options = await buildOptions(this, this.getNodeParameter("text", i) as string);
      this.logger.debug(`tldr request ${JSON.stringify(options)}`);
      const data = await this.helpers.httpRequest(options);
      out.push({ json: { tldr: data.choices[0].message.content } });
    }
    return [out];
  }
}
