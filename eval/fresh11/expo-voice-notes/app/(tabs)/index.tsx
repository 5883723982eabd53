import { useState } from "react";
import { Button, Text, TextInput, View } from "react-native";
import { tidyNote } from "../../lib/mistral";

export default function NotesScreen() {
  const [raw, setRaw] = useState("");
  const [clean, setClean] = useState("");
  return (
    <View>
      <TextInput multiline value={raw} onChangeText={setRaw} />
      <Button title="Tidy" onPress={async () => setClean(await tidyNote(raw))} />
      <Text>{clean}</Text>
    </View>
  );
}
