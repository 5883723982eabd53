import React from "react";
import TranslateScreen from "./src/screens/TranslateScreen";

export default function App() {
  return <TranslateScreen />;
}
