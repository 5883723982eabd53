import * as cdk from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { Construct } from "constructs";
import { stageConfig } from "./config";

export class LlmStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps & { stage: "dev" | "prod" }) {
    super(scope, id, props);
    const cfg = stageConfig[props.stage];
    new lambda.Function(this, "Summarize", {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: "index.handler",
      code: lambda.Code.fromAsset("lambda"),
      memorySize: cfg.memory,
      environment: { MISTRAL_API_KEY: cfg.mistralApiKey, MISTRAL_MODEL: this.node.tryGetContext("mistralModel") },
    });
  }
}
