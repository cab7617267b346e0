import {
  checkBudget,
  describeViolation,
  formatTable,
  median,
  summarise,
  totalBlockingTime,
  type Sample,
} from '../../scripts/lib/bench-web/report';

const sample = (overrides: Partial<Sample> = {}): Sample => ({
  lcpMs: 2000,
  tbtMs: 300,
  fcpMs: 1500,
  tbtAfterFcpMs: 200,
  cls: 0,
  bytes: 200 * 1024,
  requests: 12,
  ...overrides,
});

describe('median', () => {
  it('takes the middle value whatever the order of the runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([2900, 2700, 3100])).toBe(2900);
  });

  it('averages the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN when there is nothing to take the median of', () => {
    expect(median([])).toBeNaN();
  });
});

describe('totalBlockingTime', () => {
  it('counts only the time each long task spends beyond 50 ms', () => {
    expect(
      totalBlockingTime([
        { start: 0, duration: 120 },
        { start: 500, duration: 50 },
        { start: 900, duration: 80 },
      ]),
    ).toBe(100);
  });

  it('leaves out tasks that start outside the window', () => {
    const tasks = [
      { start: 100, duration: 150 },
      { start: 5000, duration: 400 },
    ];
    expect(totalBlockingTime(tasks, 0, 5000)).toBe(100);
    expect(totalBlockingTime(tasks, 200)).toBe(350);
  });
});

describe('summarise', () => {
  it('takes each metric median on its own and divides LCP by the bare page', () => {
    const result = summarise(
      'home',
      [
        sample({ lcpMs: 3000, tbtMs: 100 }),
        sample({ lcpMs: 2800, tbtMs: 500 }),
        sample({ lcpMs: 2900, tbtMs: 300 }),
      ],
      1450,
    );
    expect(result).toMatchObject({ page: 'home', lcpMs: 2900, tbtMs: 300, runs: 3 });
    expect(result.lcpRatio).toBeCloseTo(2, 5);
  });

  it('estimates the performance score from the medians, Speed Index left out', () => {
    const result = summarise(
      'home',
      [
        sample({ fcpMs: 1000, lcpMs: 1200, tbtAfterFcpMs: 0, cls: 0 }),
        sample({ fcpMs: 3000, lcpMs: 4000, tbtAfterFcpMs: 600, cls: 0.25 }),
        sample({ fcpMs: 3000, lcpMs: 4000, tbtAfterFcpMs: 600, cls: 0.25 }),
      ],
      1000,
    );
    expect(result).toMatchObject({ fcpMs: 3000, tbtAfterFcpMs: 600, cls: 0.25 });
    // Every measured metric at its median scores 0.50.
    expect(result.estimate).toEqual({
      score: 50,
      metrics: { fcp: 0.5, lcp: 0.5, tbt: 0.5, cls: 0.5 },
      leftOut: ['si'],
    });
  });
});

describe('checkBudget', () => {
  const results = [summarise('home', [sample({ lcpMs: 2900, bytes: 210 * 1024 })], 1450)];

  it('passes figures at or under their limits', () => {
    expect(
      checkBudget(results, { home: { lcpMs: 2900, lcpRatio: 2.5, kb: 210, requests: 12 } }),
    ).toEqual([]);
  });

  it('names the page and the metric that is over, with value and limit', () => {
    const violations = checkBudget(results, { home: { lcpRatio: 1.5, tbtMs: 400 } });
    expect(violations).toEqual([{ page: 'home', metric: 'lcpRatio', value: 2, limit: 1.5 }]);
    expect(describeViolation(violations[0]!)).toBe(
      'home: LCP ratio to the bare page is 2.00, over the budget of 1.5',
    );
  });

  it('treats a budgeted page that was not measured as over budget', () => {
    const violations = checkBudget(results, { role: { lcpMs: 4000 } });
    expect(violations.map(describeViolation)).toEqual([
      'role: LCP (ms) is not measured, over the budget of 4000',
    ]);
  });
});

describe('formatTable', () => {
  it('prints one aligned row per page under a header', () => {
    const table = formatTable([summarise('home', [sample()], 1000)]).split('\n');
    expect(table[0]).toMatch(
      /^page\s+FCP ms\s+LCP ms\s+× bare\s+TBT ms\s+TBT≥FCP\s+CLS\s+score~\s+KB\s+requests$/,
    );
    expect(table[2]).toMatch(
      /^home\s+1500\s+2000\s+2\.00\s+300\s+200\s+0\.000\s+95\s+200\.0\s+12$/,
    );
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });
});
