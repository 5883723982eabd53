const express = require("express");
const { Pool } = require("pg");
const config = require("../config");
const logger = require("../lib/logger");

const pool = new Pool({ connectionString: config.databaseUrl });
const router = express.Router();

router.get("/admin/stats", async (req, res) => {
  try {
    const { rows } = await pool.query("select count(*) from conversations");
    res.json({ conversations: rows[0].count });
  } catch (err) {
    res.status(500).send(`${err}`);
  }
});

router.get("/admin/whoami", (req, res) => {
  logger.info({ ip: req.ip, ua: req.get("user-agent") }, "admin whoami");
  res.json({ ok: true });
});

module.exports = router;
