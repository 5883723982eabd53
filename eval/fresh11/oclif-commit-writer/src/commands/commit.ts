import { execSync } from "node:child_process";
import { Command, Flags } from "@oclif/core";
import { commitMessage } from "../lib/mistral";

export default class Commit extends Command {
  static description = "Suggest a commit message for the staged diff";
  static flags = {
    "api-key": Flags.string({ env: "MISTRAL_API_KEY", required: true }),
    verbose: Flags.boolean({ char: "v" }),
  };

  async run() {
    const { flags } = await this.parse(Commit);
    if (flags.verbose) this.log(`flags: ${JSON.stringify(flags)}`);
    const diff = execSync("git diff --cached").toString();
    try {
      this.log(await commitMessage(diff, flags["api-key"]));
    } catch (err) {
      this.error(`Mistral request failed: ${(err as Error).message}`);
    }
  }
}
