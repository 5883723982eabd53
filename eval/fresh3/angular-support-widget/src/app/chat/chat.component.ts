import { Component } from "@angular/core";
import { AssistantService } from "../services/assistant.service";

@Component({ selector: "app-chat", template: `<input #q /><button (click)="send(q.value)">Ask</button><p>{{ answer }}</p>` })
export class ChatComponent {
  answer = "";
  constructor(private assistant: AssistantService) {}
  send(q: string) {
    this.assistant.ask(q).subscribe({ next: (r) => (this.answer = r.choices[0].message.content), error: () => (this.answer = "Unavailable") });
  }
}
