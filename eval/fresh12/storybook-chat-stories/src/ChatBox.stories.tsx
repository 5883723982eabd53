import type { Meta, StoryObj } from "@storybook/react";
import { ChatBox } from "./ChatBox";

const meta: Meta<typeof ChatBox> = { component: ChatBox };
export default meta;

export const Live: StoryObj<typeof ChatBox> = {
  args: { apiKey: process.env.STORYBOOK_MISTRAL_KEY ?? "", model: "mistral-small-latest" },
};
