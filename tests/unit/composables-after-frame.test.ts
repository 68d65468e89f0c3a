// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, effectScope, nextTick, ref } from 'vue'
import { afterNextPaint, soonAfterPaint } from '../../src/composables/afterNextPaint'
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

  it('reads its source only after the frame, not when what it reads changes', async () => {
    const source = ref(1)
    const reads: number[] = []
    const scope = effectScope()
    const late = scope.run(() => useAfterFrame(() => {
      reads.push(source.value)
      return source.value * 10
    }))!
    source.value = 2
    await nextTick()
    source.value = 3
    await nextTick()
    // The view's redraw runs now: the (costly) source has not been read for it.
    expect(reads).toEqual([1])
    await nextFrameAndTask()
    expect(reads).toEqual([1, 3])
    expect(late.value).toBe(30)
    scope.stop()
  })

  it('updates nothing when a computed it reads comes out the same', async () => {
    const source = ref(1)
    const parity = computed(() => source.value % 2)
    const scope = effectScope()
    const late = scope.run(() => useAfterFrame(() => ({ parity: parity.value })))!
    const first = late.value
    source.value = 3
    await nextFrameAndTask()
    expect(late.value).toBe(first)
    source.value = 4
    await nextFrameAndTask()
    expect(late.value).toEqual({ parity: 0 })
    scope.stop()
  })

  it('with a rest period, follows only once its source has stopped changing for that long', async () => {
    const source = ref(1)
    const scope = effectScope()
    const late = scope.run(() => useAfterFrame(() => source.value, 200))!
    for (const next of [2, 3, 4]) {
      source.value = next
      await nextTick()
      vi.advanceTimersByTime(100)
      await nextFrameAndTask()
      expect(late.value).toBe(1)
    }
    vi.advanceTimersByTime(200)
    await nextFrameAndTask()
    expect(late.value).toBe(4)
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

describe('soonAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'queueMicrotask'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('waits for a paint when called from an input\'s task, and only for the next task when called from a task after a paint', async () => {
    const ran: string[] = []
    soonAfterPaint(() => {
      ran.push('first')
      // A task that follows a paint: what it hands on need not wait for another frame.
      soonAfterPaint(() => ran.push('second'))
      // afterNextPaint still waits for one.
      afterNextPaint(() => ran.push('painted'))
    })
    vi.advanceTimersByTime(1)
    expect(ran).toEqual([])
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    expect(ran).toEqual(['first'])
    // The next task, no frame in between.
    vi.advanceTimersByTime(1)
    expect(ran).toEqual(['first', 'second'])
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    expect(ran).toEqual(['first', 'second', 'painted'])
  })

  it('waits for a paint again once the task after the paint and its microtasks are over', async () => {
    const ran: string[] = []
    afterNextPaint(() => ran.push('after paint'))
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    await Promise.resolve()
    vi.runAllTicks()
    soonAfterPaint(() => ran.push('later'))
    vi.advanceTimersByTime(1)
    expect(ran).toEqual(['after paint'])
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    expect(ran).toEqual(['after paint', 'later'])
  })
})
