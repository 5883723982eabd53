'use strict';

const Boom = require('@hapi/boom');
const { answerFaq } = require('../lib/mistral');
const db = require('../lib/db');

module.exports = [
  {
    method: 'POST',
    path: '/faq/ask',
    handler: async (request, h) => {
      try {
        return { answer: await answerFaq(request.payload.question) };
      } catch (err) {
        return h.response({ error: err.message }).code(500);
      }
    },
  },
  {
    method: 'GET',
    path: '/faq/popular',
    handler: async (request) => {
      try {
        return await db.popular();
      } catch (err) {
        request.log(['error'], err);
        throw Boom.badImplementation();
      }
    },
  },
];
