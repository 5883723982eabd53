import { Component, Prop, State, h } from "@stencil/core";
import { askMistral } from "../../utils/mistral";

@Component({ tag: "ask-box", shadow: true })
export class AskBox {
  @Prop() apiKey: string;
  @State() answer = "";

  private async onAsk(ev: Event) {
    ev.preventDefault();
    const q = (ev.target as HTMLFormElement).querySelector("input").value;
    this.answer = await askMistral(this.apiKey, q);
  }

  render() {
    return (
      <form onSubmit={(e) => this.onAsk(e)}>
        <input placeholder="Ask anything" />
        <p>{this.answer}</p>
      </form>
    );
  }
}
