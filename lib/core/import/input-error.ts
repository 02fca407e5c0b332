/** Bad input: names the file and, where known, the line or field. `message` is one line a reader can act on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(`${file}${where ? ` (${where})` : ''}: ${problem}`);
    this.name = 'InputError';
  }
}
