import { Injectable, inject } from "@angular/core";
import { HttpClient, HttpHeaders } from "@angular/common/http";
import { map } from "rxjs";
import { environment } from "../../environments/environment";

@Injectable({ providedIn: "root" })
export class TutorService {
  private http = inject(HttpClient);

  explain(topic: string) {
    const headers = new HttpHeaders({ Authorization: `Bearer ${environment.tutorKey}` });
    return this.http
      .post<any>("https://api.mistral.ai/v1/chat/completions", { model: environment.tutorModel, messages: [{ role: "user", content: `Explain ${topic} simply.` }] }, { headers })
      .pipe(map((r) => r.choices[0].message.content as string));
  }
}
