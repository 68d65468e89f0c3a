// Naive UI's darkTheme imports the dark styles of every component (~30 kB
// gzip): kept in its own chunk, loaded only when the dark theme is chosen.
export { darkTheme } from 'naive-ui'
