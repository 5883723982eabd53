const socket = new WebSocket(`ws://${location.host}/ws`);
socket.addEventListener("message", (ev) => {
  const msg = JSON.parse(ev.data);
  if (msg.type === "delta") document.querySelector("#out").textContent += msg.delta;
});
document.querySelector("#ask").addEventListener("click", () => {
  socket.send(JSON.stringify({ messages: [{ role: "user", content: document.querySelector("#q").value }] }));
});
