import AsyncStorage from '@react-native-async-storage/async-storage';

const DEVICE_NAMESPACE = 'd82f7cac-d542-419d-b73f-4976705c4a35';

export async function saveMemo(id: string, summary: string) {
  await AsyncStorage.setItem(`${DEVICE_NAMESPACE}:${id}`, summary);
}
