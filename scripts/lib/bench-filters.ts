/**
 * Filter states cycled through, each different from the one before, so
 * every chart's data changes: agency kinds and year ranges, as a reviewer
 * narrows and widens.
 */
export const FILTER_STATES = [
  'kind=county-government',
  'kind=county-government&from=2019',
  'from=2019',
  'from=2017&to=2022',
  'kind=approval-bureau&from=2017&to=2022',
  'kind=approval-bureau',
  'kind=service-center,approval-bureau',
  'to=2020',
  'kind=county-government&to=2020',
  '',
]
