import { Component } from '@angular/core';
import { AssistantService } from '../services/assistant.service';

@Component({
  selector: 'app-widget',
  template: `<input #q /><button (click)="send(q.value)">Ask</button><p>{{ answer }}</p>`,
})
export class WidgetComponent {
  answer = '';
  constructor(private assistant: AssistantService) {}
  send(q: string) {
    this.assistant.ask(q).subscribe({ next: (a) => (this.answer = a), error: () => (this.answer = 'Sorry, try again.') });
  }
}
