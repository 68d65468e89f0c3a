// Starts downloading the dataset the address asks for (#/…?dataset=name,
// else the bundled one) as the page opens, before the app's code has
// arrived and run: the app fetches the same URLs and gets these responses
// (docs/app.md, "Loading"); the manifest's response is handed over in
// window.__datasetManifest (src/data/fetch-files.ts). A classic script, so that it runs at once; the
// name pattern is DATASET_NAME's (src/data/enums.ts).
//
// The data files are preloaded once the manifest says the dataset is small
// (below WORKER_THRESHOLD observations, src/workers/snapshot-client.ts).
// A larger one is fetched by the app's decoding workers: received on this
// page, a million observations' ~24 MB took ~0.8 s of its main thread.
(function () {
  var WORKER_THRESHOLD = 50000
  var match = /[?&]dataset=([a-z0-9][a-z0-9-]{0,63})(?=&|$)/.exec(location.hash)
  var folder = './data/' + (match ? match[1] : 'bundled') + '/'
  function preload(file) {
    var link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'fetch'
    link.crossOrigin = 'anonymous'
    link.href = folder + file
    document.head.appendChild(link)
  }
  var manifestUrl = new URL(folder + 'manifest.json', location.href).href
  var response = fetch(manifestUrl)
  var handedOver = response.then(function (r) {
    return r.clone()
  })
  // The app awaits it (and reports a failure); until then it is handled.
  handedOver.catch(function () {})
  window.__datasetManifest = { url: manifestUrl, response: handedOver }
  response
    .then(function (response) { return response.ok ? response.json() : null })
    .then(function (manifest) {
      var files = manifest && manifest.files
      var plain = /^[\w.-]+$/
      if (!files || !plain.test(files.reports) || !plain.test(files.observations))
        return
      if (typeof manifest.observationCount === 'number' && manifest.observationCount >= WORKER_THRESHOLD)
        return
      preload(files.reports)
      preload(files.observations)
    })
    .catch(function () {})
})()
