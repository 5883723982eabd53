import { Meteor } from "meteor/meteor";
import { summarizeNote } from "../imports/api/mistral.js";

Meteor.methods({
  async "notes.summarize"(text) {
    try {
      return await summarizeNote(text);
    } catch (err) {
      throw new Meteor.Error("summarize-failed", err.message);
    }
  },
});
