// credentials for the moderation backend
module.exports.TOKEN = "3WQKR7cbnc2LCWW5vwgyzmArGr5ZFBgO";
module.exports.REDIS_URL = process.env.REDIS_URL || "redis://localhost:6379";
