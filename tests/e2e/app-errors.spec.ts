import { expect, test } from '@playwright/test'

/** A bad or missing data file shows what is wrong, never a blank page. */

test('a missing dataset names the file that is missing', async ({ page }) => {
  await page.goto('/#/?dataset=nope')
  const error = page.getByTestId('data-error')
  await expect(error).toBeVisible()
  await expect(page.getByTestId('data-error-file')).toContainText('data/nope/manifest.json')
  await expect(page.getByTestId('data-error-detail')).toContainText(/404|missing/)
  // One click back to the data that works.
  await page.getByRole('button', { name: '返回默认数据集' }).click()
  await expect(page.getByTestId('report-count')).toHaveAttribute('data-count', '5')
})

test('a malformed observations file says which field is wrong', async ({ page }) => {
  await page.route('**/data/bundled/observations.json', async (route) => {
    const response = await route.fetch()
    const body = await response.json()
    body.value[3] = 'many'
    await route.fulfill({ response, json: body })
  })
  await page.goto('/#/compare')
  await expect(page.getByTestId('data-error')).toBeVisible()
  await expect(page.getByTestId('data-error-file')).toContainText('observations.json')
  await expect(page.getByTestId('data-error-detail')).toContainText('value.3')
})
