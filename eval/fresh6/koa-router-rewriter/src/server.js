import 'dotenv/config';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import rewriteRouter from './routes/rewrite.js';
import { timing } from './middleware/timing.js';

const app = new Koa();
app.use(timing);
app.use(bodyParser());
app.use(rewriteRouter.routes()).use(rewriteRouter.allowedMethods());

app.on('error', (err) => console.error('server error', err.message));
app.listen(process.env.PORT || 3000, () => console.log('listening'));
