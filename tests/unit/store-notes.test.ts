import { createStore } from 'idb-keyval'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useNotesStore } from '../../src/stores/notes'
import 'fake-indexeddb/auto'

let dbCount = 0

describe('briefing notes (IndexedDB)', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('keeps a note per county and year across a reload', async () => {
    const name = `notes-test-${++dbCount}`
    const first = useNotesStore()
    first.configure({ storage: createStore(name, 'notes') })
    await first.load()
    expect(await first.save(2024, '盐池县', '发布日期已电话核实')).toBe(true)
    await first.save(2023, '盐池县', '上年备注')
    expect(first.forYear(2024)).toEqual(new Map([['盐池县', '发布日期已电话核实']]))

    // A new page: a fresh store reading the same database.
    setActivePinia(createPinia())
    const second = useNotesStore()
    second.configure({ storage: createStore(name, 'notes') })
    await second.load()
    expect(second.forYear(2024).get('盐池县')).toBe('发布日期已电话核实')
    expect(second.forYear(2023).get('盐池县')).toBe('上年备注')
    expect(second.forYear(2022).size).toBe(0)
  })
})
