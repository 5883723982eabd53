import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static targets = ["question", "answer"]

  async ask() {
    const key = document.querySelector('meta[name="mistral-key"]').content
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: this.questionTarget.value }] }),
    })
    this.answerTarget.textContent = (await res.json()).choices[0].message.content
  }
}
