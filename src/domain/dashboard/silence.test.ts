import { describe, expect, it } from 'vitest';
import { isSilenceDays, longSilences } from './silence';

describe('long silences', () => {
  it('flags the clients whose latest contact is at least the threshold ago, longest first', () => {
    const events = [
      { clientId: 'rossi', day: '2026-01-05' },
      { clientId: 'rossi', day: '2026-03-20' },
      { clientId: 'verdi', day: '2025-12-01' },
      { clientId: 'bianchi', day: '2026-01-10' },
      { clientId: 'bianchi', day: '2026-06-01' },
    ];
    expect(longSilences(events, '2026-06-18', 90)).toEqual([
      { clientId: 'verdi', lastContact: '2025-12-01', since: '2026-03-01' },
      { clientId: 'rossi', lastContact: '2026-03-20', since: '2026-06-18' },
    ]);
  });

  it('does not flag a client the day before the silence becomes long', () => {
    expect(longSilences([{ clientId: 'rossi', day: '2026-03-20' }], '2026-06-17', 90)).toEqual([]);
  });

  it('lets the studio choose a threshold from a month to two years, in whole days', () => {
    expect([29, 30, 90, 730, 731, 45.5, Number.NaN].map(isSilenceDays)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
