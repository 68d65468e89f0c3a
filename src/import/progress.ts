import type { CsvProgress } from './csv-import'

/**
 * How far the reading of one file has got: rows of a tidy CSV, pages of a
 * PDF. Other files (a report text, a web page, a .docx) read in one step
 * and report nothing until they are done.
 */
export type FileProgress
  = | ({ unit: 'rows' } & CsvProgress)
    | { unit: 'pages', /** Pages read so far. */ done: number, /** Pages in the document. */ total: number }

/** The share of a file read, 0–1 (0 while nothing is known). */
export function progressShare(progress: FileProgress | null): number {
  return progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0
}

/** What the whole queue has read: files settled of all, the share of the work, and PDF pages. */
export interface OverallProgress {
  files: number
  /** Files read (accepted for review or refused). */
  read: number
  /** 0–1: settled files count whole, files being read by their share. */
  share: number
  /** PDF pages read so far, of the pages of the PDFs opened so far. */
  pages: { done: number, total: number }
}

/** One file of the queue as the overall progress counts it. */
export interface ProgressItem {
  /** Read: nothing more to do in the workers. */
  read: boolean
  progress: FileProgress | null
  /** Pages of a read PDF (its progress is gone by then). */
  pages: number | null
}

export function overallProgress(items: readonly ProgressItem[]): OverallProgress {
  let read = 0
  let share = 0
  const pages = { done: 0, total: 0 }
  for (const item of items) {
    if (item.read) {
      read++
      share += 1
      if (item.pages !== null) {
        pages.done += item.pages
        pages.total += item.pages
      }
      continue
    }
    share += progressShare(item.progress)
    if (item.progress?.unit === 'pages') {
      pages.done += item.progress.done
      pages.total += item.progress.total
    }
  }
  return { files: items.length, read, share: items.length === 0 ? 0 : share / items.length, pages }
}
