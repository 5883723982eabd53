import { LitElement, html } from "lit";
import { customElement, state } from "lit/decorators.js";
import { mistral } from "./mistral-client";

@customElement("assistant-element")
export class AssistantElement extends LitElement {
  @state() answer = "";

  async ask(e: Event) {
    e.preventDefault();
    const q = (this.renderRoot.querySelector("input") as HTMLInputElement).value;
    const res = await mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: q }] });
    this.answer = String(res.choices?.[0]?.message?.content ?? "");
  }

  render() {
    return html`<form @submit=${this.ask}><input /><button>Ask</button></form><p>${this.answer}</p>`;
  }
}
