import { Controller } from "@hotwired/stimulus"
import { rewrite } from "../services/mistral_api"

export default class extends Controller {
  static targets = ["input"]

  async improve() {
    this.inputTarget.value = await rewrite(this.inputTarget.value)
  }
}
