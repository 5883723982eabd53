'use strict';

const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports = { popular: async () => (await pool.query('select question from faq order by hits desc limit 10')).rows };
