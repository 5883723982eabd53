import { Component, State, h } from "@stencil/core";
import { ask } from "../../utils/ask";

@Component({ tag: "chat-widget", shadow: true })
export class ChatWidget {
  @State() answer = "";
  private input!: HTMLInputElement;

  private async onAsk() {
    this.answer = await ask(this.input.value);
  }

  render() {
    return (
      <div>
        <input ref={(el) => (this.input = el as HTMLInputElement)} />
        <button onClick={() => this.onAsk()}>Ask</button>
        <p>{this.answer}</p>
      </div>
    );
  }
}
