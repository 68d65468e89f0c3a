import { describe, expect, it } from 'vitest'
import { sideBySide } from '../../src/audit/similarity/side-by-side'

describe('side by side', () => {
  it('marks the shared sentences, and in a copied sentence the figures that changed', () => {
    const a = '本机关全年主动公开政府信息1200条，其中政策文件35件。另外，我们认真开展了培训工作，效果良好。'
    const b = '今年新写的一句话没有抄袭别人。本机关全年主动公开政府信息1500条，其中政策文件41件。'
    const s = sideBySide(a, b)
    const kinds = (pieces: typeof s.a) => pieces.filter(p => p.kind !== 'own').map(p => `${p.kind}:${p.text}`)
    expect(kinds(s.a)).toEqual(['shared:本机关全年主动公开政府信息', 'changed:1200', 'shared:条，其中政策文件', 'changed:35', 'shared:件'])
    expect(kinds(s.b)).toEqual(['shared:本机关全年主动公开政府信息', 'changed:1500', 'shared:条，其中政策文件', 'changed:41', 'shared:件'])
    expect(s.a.map(p => p.text).join('')).toBe(a)
    expect(s.b.map(p => p.text).join('')).toBe(b)
    expect(s.changed).toBe(1)
  })

  it('leaves texts that share nothing unmarked', () => {
    const s = sideBySide('完全不同的第一段文字内容在这里出现。', '另一个机关写的全新的段落没有重复。')
    expect(s.a).toEqual([{ text: '完全不同的第一段文字内容在这里出现。', kind: 'own' }])
    expect(s.shareA).toBe(0)
  })
})
