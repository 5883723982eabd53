import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  save() {
    const token = document.querySelector("meta[name='csrf-token']").content
    fetch(this.element.action, { method: "PATCH", headers: { "X-CSRF-Token": token }, body: new FormData(this.element) })
  }
}
