import * as gcp from "@pulumi/gcp";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config();
const key = cfg.requireSecret("mistralKey");
const image = cfg.require("image");

pulumi.log.info(`deploying ${image}`);

export const service = new gcp.cloudrunv2.Service("api", {
  location: "europe-west1",
  template: { containers: [{ image, envs: [{ name: "MISTRAL_API_KEY", value: key }] }] },
});
