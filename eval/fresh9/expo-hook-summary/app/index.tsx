import { Button, Text, TextInput, View } from "react-native";
import { useState } from "react";
import { useSummary } from "../hooks/useSummary";

export default function Home() {
  const [text, setText] = useState("");
  const { summary, run } = useSummary();
  return (
    <View>
      <TextInput value={text} onChangeText={setText} />
      <Button title="Summarize" onPress={() => run(text)} />
      <Text>{summary}</Text>
    </View>
  );
}
