require('dotenv').config();
const express = require('express');
const tutor = require('./routes/tutor');

const app = express();
app.use(express.json());
app.use('/api', tutor);
app.get('/health', (req, res) => res.send('ok'));
app.listen(process.env.PORT || 3000, () => console.log('tutor on', process.env.PORT || 3000));
