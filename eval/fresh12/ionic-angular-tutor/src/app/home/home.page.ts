import { Component, inject } from "@angular/core";
import { IonButton, IonContent, IonInput } from "@ionic/angular/standalone";
import { TutorService } from "../services/tutor.service";

@Component({
  selector: "app-home",
  standalone: true,
  imports: [IonContent, IonInput, IonButton],
  template: `<ion-content><ion-input #t></ion-input><ion-button (click)="go(t.value)">Explain</ion-button><p>{{ text }}</p></ion-content>`,
})
export class HomePage {
  private tutor = inject(TutorService);
  text = "";
  go(topic: any) {
    this.tutor.explain(String(topic)).subscribe((t) => (this.text = t));
  }
}
