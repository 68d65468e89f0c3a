import { expect, test } from '@playwright/test'
import { CSP_DIRECTIVES, SECURITY_HEADERS } from '../../scripts/security-headers'
import { chartsReady, openApp, watchConsole } from './app-helpers'

/**
 * The app runs under the headers a deployment should send (docs/security.md),
 * which `vite preview` sends: no CSP violation on load, in the page or in the
 * snapshot and import workers (issue 14 item 7: Zod's `new Function` probe).
 */

test('the preview server sends the security headers', async ({ request }) => {
  const response = await request.get('/')
  const headers = response.headers()
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name.toLowerCase()], name).toBe(value)
  expect(headers['content-security-policy']).toContain('frame-ancestors \'none\'')
  expect(headers['content-security-policy']).not.toContain('unsafe-eval')
})

test('index.html carries the same policy as the header', async ({ request }) => {
  const html = await (await request.get('/')).text()
  expect(html).toContain(`content="${CSP_DIRECTIVES.join('; ')}"`)
})

test('no CSP violation loading the app, the snapshot worker and a report', async ({ page }) => {
  const problems = watchConsole(page)
  // 60k observations: decoded (and validated with Zod) in the snapshot worker.
  await openApp(page, '#/compare?dataset=synthetic-e2e')
  await chartsReady(page)
  await openApp(page, '#/')
  await page.getByTestId('coverage-report').first().click()
  await page.getByTestId('observation-value').first().click()
  await expect(page.getByTestId('evidence-mark').first()).toBeVisible()
  expect(problems).toEqual([])
})
