import Component from '@glimmer/component';
import { tracked } from '@glimmer/tracking';
import { action } from '@ember/object';
import { service } from '@ember/service';

export default class AskBoxComponent extends Component {
  @service assistant;
  @tracked answer = '';

  @action async ask(event) {
    event.preventDefault();
    this.answer = await this.assistant.reply(event.target.question.value);
  }
}
