import type { Reporter, TestModule } from 'vitest/node';
import { addFigures, type Figures, figuresOf, formatFigures } from './figures.js';

/** Prints the figures every spec recorded, summed over the run, after vitest's own report. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const total: Figures = {};
    let tests = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        tests += 1;
        const figures = figuresOf(test.meta());
        if (figures) addFigures(total, figures);
      }
    }
    process.stdout.write(`\nReliability figures over ${tests} tests:\n${formatFigures(total)}\n\n`);
  }
}
