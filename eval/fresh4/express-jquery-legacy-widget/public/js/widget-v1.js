// v1, kept for the old landing page
var MISTRAL_KEY = 'hcMEu1Lk4tfGEpS7qMXlolpgwm1t8gO5';
$(document).on('click', '#ask', function () {
  $.ajax({
    url: 'https://api.mistral.ai/v1/chat/completions',
    method: 'POST',
    headers: { Authorization: 'Bearer ' + MISTRAL_KEY },
    contentType: 'application/json',
    data: JSON.stringify({ model: 'open-mistral-7b', messages: [{ role: 'user', content: $('#q').val() }] }),
  }).done(function (r) { $('#a').text(r.choices[0].message.content); });
});
