import * as cdk from "aws-cdk-lib";
import { LlmStack } from "../lib/llm-stack";

const app = new cdk.App();
new LlmStack(app, "LlmStack-dev", { stage: app.node.tryGetContext("stage") });
