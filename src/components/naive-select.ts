// NSelect with its popover, virtual list and tags is the heaviest part of
// the filter bar: kept out of the entry chunk, loaded when a picker is first
// used (or when the browser is idle), with the provider of Naive's theme.
export { NSelect } from 'naive-ui'
export { default as NaiveProvider } from './NaiveProvider.vue'
