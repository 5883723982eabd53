; String values in JSON and the names they sit under (the path is read from the ancestors).
(pair
  key: (string) @name
  value: (string) @value)

(array
  (string) @value)
