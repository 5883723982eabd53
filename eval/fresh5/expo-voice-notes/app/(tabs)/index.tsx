import { useState } from 'react';
import { Button, Text, TextInput, View } from 'react-native';
import { summarizeNote } from '../../lib/summarize';

export default function NotesScreen() {
  const [transcript, setTranscript] = useState('');
  const [summary, setSummary] = useState('');
  return (
    <View>
      <TextInput multiline value={transcript} onChangeText={setTranscript} />
      <Button title="Summarize" onPress={async () => setSummary(await summarizeNote(transcript))} />
      <Text>{summary}</Text>
    </View>
  );
}
