/** A download that failed after bytes were written: they stay in `NAME.part` for `--resume`. */
export class KeptPartial extends Error {
  override name = 'KeptPartial';
  constructor(
    override readonly cause: unknown,
    readonly partPath: string,
    readonly bytes: number,
  ) {
    super(
      `the ${bytes} bytes received so far are kept in ${partPath}: run the same command with --resume to continue`,
    );
  }
}
