import * as assert from 'node:assert/strict';
import { DayKeyCache } from '../../src/core/index/dayKeyCache';
import { dayKey } from '../../src/core/model/date';

describe('DayKeyCache', () => {
  it('gives exactly what dayKey gives, across daylight-saving changes and odd offsets', () => {
    for (const zone of ['UTC', 'Etc/UTC', 'GMT', 'Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Not/AZone', undefined]) {
      const cache = new DayKeyCache(zone);
      for (let t = Date.UTC(2021, 0, 1); t < Date.UTC(2023, 0, 1); t += 7 * 3_600_000 + 13 * 60_000 + 17_000) {
        assert.equal(cache.of(t), dayKey(t, zone), `${zone} at ${new Date(t).toISOString()}`);
      }
      for (const t of [Date.UTC(2022, 2, 27, 0, 59), Date.UTC(2022, 2, 27, 1, 0), Date.UTC(2022, 9, 30, 0, 59, 59, 999), -1e15, 1e15]) assert.equal(cache.of(t), dayKey(t, zone));
    }
  });
});
