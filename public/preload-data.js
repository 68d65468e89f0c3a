// Starts downloading the dataset the address asks for (#/…?dataset=name,
// else the bundled one) as the page opens, before the app's code has
// arrived and run: the app fetches the same URLs and gets these responses
// (docs/app.md, "Loading"). A classic script, so that it runs at once; the
// name pattern is DATASET_NAME's (src/data/enums.ts).
(function () {
  var match = /[?&]dataset=([a-z0-9][a-z0-9-]{0,63})(?=&|$)/.exec(location.hash)
  var name = match ? match[1] : 'bundled'
  ;['manifest.json', 'reports.json', 'observations.json'].forEach(function (file) {
    var link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'fetch'
    link.crossOrigin = 'anonymous'
    link.href = './data/' + name + '/' + file
    document.head.appendChild(link)
  })
})()
