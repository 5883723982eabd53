import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { environment } from '../../environments/environment';

@Injectable({ providedIn: 'root' })
export class AssistantService {
  constructor(private http: HttpClient) {}

  ask(question: string): Observable<string> {
    const headers = new HttpHeaders({ Authorization: `Bearer ${environment.assistantKey}` });
    return this.http
      .post<any>('https://api.mistral.ai/v1/chat/completions', {
        model: 'mistral-small-latest',
        messages: [{ role: 'user', content: question }],
      }, { headers })
      .pipe(map((r) => r.choices[0].message.content));
  }

  history(): Observable<string[]> {
    return this.http.get<string[]>(`${environment.apiBase}/history`);
  }
}
