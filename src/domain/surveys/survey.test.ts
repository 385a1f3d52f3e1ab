import { describe, expect, it } from 'vitest';
import { surveyLevels, surveyProblems } from './survey';

const answer = { date: '2026-05-20', nps: 8, csat: 4, dimensions: {} };

describe('a survey answer', () => {
  it('takes each dimension from the full SERVQUAL items when the client answered them', () => {
    const levels = surveyLevels({
      dimensions: {},
      servqual: {
        mode: 'expectation_perception',
        perceived: { r1: 3, r2: 4, r3: 3, r4: 4, r5: 3 },
        expected: { r1: 7, r2: 7, r3: 7, r4: 7, r5: 7 },
      },
    });
    expect(levels).toEqual({ reliability: { perceived: 3.4, expected: 7 } });
  });

  it('keeps the short form levels as given', () => {
    expect(surveyLevels({ dimensions: { empathy: { perceived: 6 } } })).toEqual({
      empathy: { perceived: 6 },
    });
  });

  it('rejects a full form with a level out of range or no perception at all', () => {
    expect(
      surveyProblems({ ...answer, servqual: { mode: 'perception', perceived: { t1: 9 as 7 } } }),
    ).toEqual(['servqual']);
    expect(surveyProblems({ ...answer, servqual: { mode: 'perception', perceived: {} } })).toEqual([
      'servqual',
    ]);
    expect(surveyProblems({ ...answer, servqual: { mode: 'perception', perceived: { t1: 5 } } })).toEqual([]);
  });
});
