module.exports = ({ strapi }) => ({
  async title(ctx) {
    try {
      ctx.body = { title: await strapi.service("api::assist.assist").suggestTitle(ctx.request.body.body) };
    } catch (err) {
      ctx.badRequest(err.message);
    }
  },
});
