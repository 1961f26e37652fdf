import { describe, expect, it } from 'vitest';
import { activityCsv } from './activity-csv';

describe('activityCsv', () => {
  it('writes a header and one row per event, exact and with empty cells for what is unknown', () => {
    const text = activityCsv([
      {
        at: '2026-12-01T07:00:00.000Z',
        actor: 'ana',
        role: 'OPERATOR',
        action: 'DOWNLOAD',
        fileId: '9223372036854775807',
        outcome: 'complete',
        bytes: '9007199254740993',
        clientAddress: '198.51.100.7',
        requestId: 'req-1',
        detail: null,
      },
      { at: '2026-12-01T06:59:00.000Z', actor: 'anonymous', action: 'SIGN_IN', outcome: 'rejected' },
    ]);
    expect(text.split('\r\n')).toEqual([
      'at,operator,role,action,file_id,outcome,bytes,client_address,request_id,detail',
      '2026-12-01T07:00:00.000Z,ana,OPERATOR,DOWNLOAD,9223372036854775807,complete,9007199254740993,198.51.100.7,req-1,',
      '2026-12-01T06:59:00.000Z,anonymous,,SIGN_IN,,rejected,,,,',
      '',
    ]);
  });

  it('defuses a formula in a free-text field', () => {
    const text = activityCsv([
      { at: 't', actor: 'bob', action: 'OPERATOR_CREATED', outcome: 'ok', detail: '=HYPERLINK("x"),y' },
    ]);
    expect(text).toContain(`"'=HYPERLINK(""x""),y"`);
  });
});
