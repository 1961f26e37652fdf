import { describe, expect, it } from 'vitest';
import { linksFor } from './nav-links';

const labels = (role: Parameters<typeof linksFor>[0]) => linksFor(role).map((link) => link.label);

describe('linksFor', () => {
  it('gives every role the look-up pages', () => {
    for (const role of ['VIEWER', 'OPERATOR', 'ADMIN'] as const)
      expect(labels(role)).toEqual(expect.arrayContaining(['Look up', 'Batch', 'Browse']));
  });

  it('gives the Overview to OPERATOR and ADMIN only', () => {
    expect(labels('VIEWER')).not.toContain('Overview');
    expect(labels('OPERATOR')).toContain('Overview');
    expect(labels('ADMIN')).toContain('Overview');
  });
});
