import * as assert from 'node:assert/strict';
import { UNDATED, type DayGroup } from '../../src/core/index/corpusIndex';
import { daysOfMonth, MONTH_GROUPING_THRESHOLD, outletChildren } from '../../src/vscode/tree/monthGrouping';

/** `count` consecutive days back from 2022-12-31, newest first, one article each, plus an undated group. */
function days(count: number): DayGroup[] {
  const list: DayGroup[] = [];
  for (let i = 0; i < count; i++) list.push({ outlet: 'VOA', day: new Date(Date.UTC(2022, 11, 31 - i)).toISOString().slice(0, 10), count: 1 });
  list.push({ outlet: 'VOA', day: UNDATED, count: 2 });
  return list;
}

describe('month grouping of the article tree', () => {
  it('lists days directly up to the threshold', () => {
    const children = outletChildren(days(MONTH_GROUPING_THRESHOLD));
    assert.equal(children.kind, 'days');
    assert.equal(children.kind === 'days' && children.days.length, MONTH_GROUPING_THRESHOLD + 1);
  });

  it('groups days by month, newest first, above the threshold; undated stays last', () => {
    const all = days(MONTH_GROUPING_THRESHOLD + 1);
    const children = outletChildren(all);
    assert.equal(children.kind, 'months');
    if (children.kind !== 'months') return;
    assert.deepEqual(children.months.map((m) => [m.month, m.count]), [['2022-12', 31], ['2022-11', 30]]);
    assert.equal(children.undated?.count, 2);
    assert.deepEqual(daysOfMonth(all, '2022-11').map((d) => d.day).slice(0, 2), ['2022-11-30', '2022-11-29']);
    assert.equal(daysOfMonth(all, '2022-11').length, 30);
  });
});
