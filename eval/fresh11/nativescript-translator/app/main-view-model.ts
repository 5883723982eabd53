import { Observable } from "@nativescript/core";
import { translate } from "./services/translate.service";

export class MainViewModel extends Observable {
  source = "";
  result = "";
  async onTranslate() {
    this.set("result", await translate(this.source, "fr"));
  }
}
