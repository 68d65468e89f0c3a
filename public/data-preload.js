// Starts downloading the default dataset while the app's code loads (the app
// fetches these same URLs). Only for the default dataset: with
// #/…?dataset=synthetic-10k nothing of data/bundled/ is fetched at all.
// A classic script in public/ (not inline: the CSP allows only 'self').
(function () {
  var hash = window.location.hash
  var at = hash.indexOf('?')
  var dataset = at < 0 ? null : new URLSearchParams(hash.slice(at + 1)).get('dataset')
  if (dataset !== null && dataset !== '' && dataset !== 'bundled')
    return
  var files = ['manifest.json', 'reports.json', 'observations.json']
  for (var i = 0; i < files.length; i++) {
    var link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'fetch'
    link.crossOrigin = 'anonymous'
    link.href = './data/bundled/' + files[i]
    document.head.appendChild(link)
  }
})()
