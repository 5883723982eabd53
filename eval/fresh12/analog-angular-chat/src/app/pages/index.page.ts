import { Component, inject, signal } from "@angular/core";
import { HttpClient } from "@angular/common/http";

@Component({
  standalone: true,
  template: `<input #q /><button (click)="send(q.value)">Send</button><p>{{ reply() }}</p><p class="err">{{ error() }}</p>`,
})
export default class HomeComponent {
  private http = inject(HttpClient);
  reply = signal("");
  error = signal("");

  send(text: string) {
    this.http.post<{ reply: string }>("/api/chat", { messages: [{ role: "user", content: text }] }).subscribe({
      next: (r) => this.reply.set(r.reply),
      error: (err) => this.error.set(err.message),
    });
  }
}
