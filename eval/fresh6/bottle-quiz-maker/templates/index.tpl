<!doctype html>
<html>
  <body>
    <form id="f"><input name="topic"><button>Make quiz</button></form>
    <pre id="out"></pre>
    <script>
      document.getElementById("f").onsubmit = async (ev) => {
        ev.preventDefault();
        const topic = new FormData(ev.target).get("topic");
        const r = await fetch("/quiz", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ topic }) });
        document.getElementById("out").textContent = JSON.stringify(await r.json(), null, 2);
      };
    </script>
  </body>
</html>
