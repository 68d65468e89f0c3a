/**
 * A data file that cannot be used. The message is for the reviewer's error
 * screen: it names the file and says what is wrong with it.
 */
export class DataError extends Error {
  constructor(
    /** The file (or URL) at fault. */
    readonly file: string,
    /** What is wrong, in one sentence. */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`)
    this.name = 'DataError'
  }
}
