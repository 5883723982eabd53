'use strict';

const Hapi = require('@hapi/hapi');
const { requestOptions } = require('./lib/mistral');

const init = async () => {
  const server = Hapi.server({ port: 3000, debug: { log: ['debug'] } });
  server.route(require('./routes/faq'));
  server.log(['debug'], { mistralRequest: requestOptions });
  server.events.on('response', (req) => console.log(`${req.method} ${req.path} ${req.response.statusCode}`));
  await server.start();
};

init();
