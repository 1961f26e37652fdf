import { describe, expect, it } from 'vitest';
import { linksFor } from './nav-links';

const labels = (role: Parameters<typeof linksFor>[0]) => linksFor(role).map((link) => link.label);

describe('linksFor', () => {
  it('gives an ADMIN every page', () => {
    expect(labels('ADMIN')).toEqual(['Look up', 'Batch', 'Browse', 'Overview', 'Activity', 'Operators']);
  });

  it('keeps Activity and Operators from VIEWER and OPERATOR, and the Overview from VIEWER', () => {
    expect(labels('VIEWER')).toEqual(['Look up', 'Batch', 'Browse']);
    expect(labels('OPERATOR')).toEqual(['Look up', 'Batch', 'Browse', 'Overview']);
  });
});
