import { describe, expect, it } from 'vitest'
import { listFirst } from '../../src/charts/strings'

const more = (list: string, n: number) => `${list}等（另 ${n} 个）`

describe('listFirst', () => {
  it('names every item when they are few', () => {
    expect(listFirst(['中宁县审批服务管理局'], 3, '、', more)).toBe('中宁县审批服务管理局')
    expect(listFirst(['甲', '乙', '丙'], 3, '、', more)).toBe('甲、乙、丙')
  })

  it('names the first few and counts the rest', () => {
    expect(listFirst(['甲', '乙', '丙', '丁', '戊'], 3, '、', more)).toBe('甲、乙、丙等（另 2 个）')
  })

  it('names each only once', () => {
    expect(listFirst(['甲', '甲', '乙', '甲'], 3, ', ', more)).toBe('甲, 乙')
  })
})
