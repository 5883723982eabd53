import { useState } from "react";
import { Button, Text, TextInput, View } from "react-native";
import { reflect } from "@/services/ai";

export default function JournalScreen() {
  const [entry, setEntry] = useState("");
  const [tip, setTip] = useState("");
  return (
    <View>
      <TextInput value={entry} onChangeText={setEntry} multiline />
      <Button title="Reflect" onPress={async () => setTip(String(await reflect(entry)))} />
      <Text>{tip}</Text>
    </View>
  );
}
