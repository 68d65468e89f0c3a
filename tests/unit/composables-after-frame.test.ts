// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useAfterFrame } from '../../src/composables/useAfterFrame'

/** Run the pending animation frame, then the task it scheduled. */
async function nextFrameAndTask() {
  vi.advanceTimersToNextFrame()
  vi.advanceTimersByTime(1)
  await nextTick()
}

describe('useAfterFrame', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('has the first value at once and a change only after the next frame', async () => {
    const source = ref(1)
    const scope = effectScope()
    const late = scope.run(() => useAfterFrame(() => source.value))!
    expect(late.value).toBe(1)
    source.value = 2
    await nextTick()
    expect(late.value).toBe(1)
    await nextFrameAndTask()
    expect(late.value).toBe(2)
    scope.stop()
  })

  it('collapses changes before the update lands into the last one', async () => {
    const source = ref('a')
    const scope = effectScope()
    const late = scope.run(() => useAfterFrame(() => source.value))!
    source.value = 'b'
    await nextTick()
    source.value = 'c'
    await nextTick()
    await nextFrameAndTask()
    expect(late.value).toBe('c')
    await nextFrameAndTask()
    expect(late.value).toBe('c')
    scope.stop()
  })

  it('stops following when its scope ends', async () => {
    const source = ref(1)
    const scope = effectScope()
    const late = scope.run(() => useAfterFrame(() => source.value))!
    source.value = 2
    await nextTick()
    scope.stop()
    await nextFrameAndTask()
    expect(late.value).toBe(1)
  })
})
