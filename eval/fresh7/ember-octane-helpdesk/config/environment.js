'use strict';

module.exports = function (environment) {
  const ENV = {
    modulePrefix: 'helpdesk',
    environment,
    rootURL: '/',
    locationType: 'history',
    APP: {
      assistantToken: 'SU16ChXZVHcmkz1qmbkwMgefDIItPR6A',
      assistantModel: 'mistral-small-latest',
    },
  };
  if (environment === 'test') {
    ENV.APP.assistantToken = 'test-token';
  }
  return ENV;
};
