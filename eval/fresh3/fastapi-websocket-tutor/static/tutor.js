const socket = new WebSocket(`ws://${location.host}/ws/tutor`);
socket.onmessage = (event) => {
  const msg = JSON.parse(event.data);
  document.querySelector("#out").textContent += msg.delta ?? "";
};
document.querySelector("#ask").onclick = () => socket.send(document.querySelector("#topic").value);
