import { resolve } from 'node:path'

/** What Rolldown's chunking context tells of a module (the part used here). */
interface ChunkingContext {
  getModuleInfo: (id: string) => { importedIds: readonly string[] } | null
}

/** A chunk holding `root` and every module it imports statically. */
export interface ChunkGroup {
  name: string
  /** A source file, relative to the project. */
  root: string
}

/** Every module `root` reaches through static imports, itself included. */
function staticClosure(root: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set([root])
  for (const id of seen) {
    for (const dep of ctx.getModuleInfo(id)?.importedIds ?? [])
      seen.add(dep)
  }
  return seen
}

/**
 * Rolldown's `codeSplitting.groups[].name`: one chunk per group, holding its
 * root and all it imports statically (less what an earlier group holds).
 *
 * Left to itself, Rolldown split what the entry imports into ~30 chunks (one
 * per set of lazy views sharing a module), all needed before the first
 * render. Over HTTP/1.1's six connections per host they queued, and the
 * view's and the decoder's chunks queued behind them (issue 13: 10k first
 * chart 1,382 → 1,091 ms median of 5, the manifest read 437 → 313 ms).
 * A group's root must not await at its top level: lazy chunks import the
 * group, and would wait for it.
 */
export function chunkGroupName(groups: readonly ChunkGroup[]): (id: string, ctx: ChunkingContext) => string | null {
  const byContext = new WeakMap<ChunkingContext, Map<string, string>>()
  return (id, ctx) => {
    let owner = byContext.get(ctx)
    if (!owner) {
      owner = new Map()
      for (const group of groups) {
        for (const member of staticClosure(resolve(group.root), ctx)) {
          if (!owner.has(member))
            owner.set(member, group.name)
        }
      }
      byContext.set(ctx, owner)
    }
    return owner.get(id) ?? null
  }
}
