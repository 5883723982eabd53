import express from 'express';
import { config } from './config.js';
import { ask } from './routes/ask.js';

const app = express();
app.use(express.json());
app.use('/api', ask);

console.log('starting with config', config);
app.listen(config.port, () => console.log(`listening on ${config.port}`));
