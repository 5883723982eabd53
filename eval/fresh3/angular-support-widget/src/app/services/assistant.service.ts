import { HttpClient, HttpHeaders } from "@angular/common/http";
import { Injectable } from "@angular/core";
import { environment } from "../../environments/environment";

@Injectable({ providedIn: "root" })
export class AssistantService {
  constructor(private http: HttpClient) {}

  ask(question: string) {
    const headers = new HttpHeaders({ Authorization: `Bearer ${environment.assistantKey}` });
    return this.http.post<any>(environment.assistantUrl, {
      model: "mistral-small-latest",
      messages: [{ role: "user", content: question }],
    }, { headers });
  }
}
