/** A pino destination that keeps every line, so tests can read what the gateway logged. */
export class LogCapture {
  readonly lines: string[] = [];

  write(chunk: string): void {
    this.lines.push(...chunk.split('\n').filter((line) => line.length > 0));
  }

  get text(): string {
    return this.lines.join('\n');
  }

  // biome-ignore lint/suspicious/noExplicitAny: log lines are free-form JSON
  entries(): any[] {
    return this.lines.map((line) => JSON.parse(line));
  }
}
