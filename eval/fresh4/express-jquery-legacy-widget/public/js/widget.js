// v2: goes through our server
$('#send').on('click', function () {
  $.ajax({
    url: '/api/chat',
    method: 'POST',
    contentType: 'application/json',
    data: JSON.stringify({ messages: [{ role: 'user', content: $('#msg').val() }] }),
  }).done(function (r) { $('#log').append($('<p>').text(r.reply)); });
});
