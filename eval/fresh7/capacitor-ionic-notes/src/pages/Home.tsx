import { IonButton, IonContent, IonPage, IonTextarea } from "@ionic/react";
import { useState } from "react";
import { tidyNote } from "../services/ai";

export default function Home() {
  const [text, setText] = useState("");
  return (
    <IonPage>
      <IonContent>
        <IonTextarea value={text} onIonInput={(e) => setText(String(e.detail.value))} />
        <IonButton onClick={async () => setText(await tidyNote(text))}>Tidy</IonButton>
      </IonContent>
    </IonPage>
  );
}
