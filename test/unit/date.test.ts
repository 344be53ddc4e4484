import * as assert from 'node:assert/strict';
import { dayKey, formatDateTime, parseDateText, parsePublished, timeOfDay } from '../../src/core/model/date';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('parseDateText', () => {
  it('reads RFC 822 with GMT, offsets and US zone names', () => {
    assert.equal(iso(parseDateText('Thu, 13 Jan 2022 03:36:35 GMT')), '2022-01-13T03:36:35.000Z');
    assert.equal(iso(parseDateText('Thu, 13 Jan 2022 11:36:35 +0800')), '2022-01-13T03:36:35.000Z');
    assert.equal(iso(parseDateText('13 Jan 22 03:36 EST')), '2022-01-13T08:36:00.000Z');
    assert.equal(iso(parseDateText('Thu, 13 Jan 2022 03:36:35')), '2022-01-13T03:36:35.000Z');
  });

  it('reads ISO 8601 with or without milliseconds, Z or offsets; zone-less as UTC', () => {
    assert.equal(iso(parseDateText('2022-01-11T01:33:44.003Z')), '2022-01-11T01:33:44.003Z');
    assert.equal(iso(parseDateText('2022-01-11T09:33:44+08:00')), '2022-01-11T01:33:44.000Z');
    assert.equal(iso(parseDateText('2022-01-11T09:33:44+0800')), '2022-01-11T01:33:44.000Z');
    assert.equal(iso(parseDateText('2022-01-13 10:30:07')), '2022-01-13T10:30:07.000Z');
    assert.equal(iso(parseDateText('2022-01-13')), '2022-01-13T00:00:00.000Z');
    assert.equal(iso(parseDateText('2022/1/13 10:30')), '2022-01-13T10:30:00.000Z');
  });

  it('reads Chinese dates and epoch digits', () => {
    assert.equal(iso(parseDateText('2022年1月13日')), '2022-01-13T00:00:00.000Z');
    assert.equal(iso(parseDateText('2022年1月13日 10:30')), '2022-01-13T10:30:00.000Z');
    assert.equal(iso(parseDateText('2022年01月13日10时30分')), '2022-01-13T10:30:00.000Z');
    assert.equal(iso(parseDateText('1641347943000')), '2022-01-05T01:59:03.000Z');
    assert.equal(iso(parseDateText('1641347943')), '2022-01-05T01:59:03.000Z');
  });

  it('rejects impossible and unknown dates', () => {
    for (const text of ['', 'yesterday', '2022-02-30', '2021-02-29', '2022-13-01', '2022-01-13T24:00:00Z', '1899-12-31', '2101-01-01', 'Thu, 32 Jan 2022 00:00:00 GMT', 'Thu, 13 Foo 2022 00:00:00 GMT', '2022年2月30日', 'NaN']) {
      assert.equal(parseDateText(text), undefined, text);
    }
    assert.equal(iso(parseDateText('2020-02-29')), '2020-02-29T00:00:00.000Z');
  });
});

describe('parsePublished', () => {
  it('prefers the written date, else the epoch comment, else undefined', () => {
    assert.equal(iso(parsePublished({ dateText: 'Wed, 05 Jan 2022 01:45:00 GMT', epochMs: 1641347943000 })), '2022-01-05T01:45:00.000Z');
    assert.equal(iso(parsePublished({ dateText: 'garbage', epochMs: 1641347943000 })), '2022-01-05T01:59:03.000Z');
    assert.equal(parsePublished({ epochMs: Number.NaN }), undefined);
    assert.equal(parsePublished({ epochMs: Date.UTC(1850, 0, 1) }), undefined);
    assert.equal(parsePublished({}), undefined);
  });
});

describe('dayKey / timeOfDay', () => {
  const instant = Date.parse('2022-01-13T20:30:00Z');
  it('gives the day and time in the given zone', () => {
    assert.equal(dayKey(instant, 'UTC'), '2022-01-13');
    assert.equal(dayKey(instant, 'Asia/Shanghai'), '2022-01-14');
    assert.equal(dayKey(instant, 'America/New_York'), '2022-01-13');
    assert.equal(timeOfDay(instant, 'Asia/Shanghai'), '04:30');
    assert.equal(timeOfDay(Date.parse('2022-01-13T00:05:00Z'), 'UTC'), '00:05');
    assert.equal(formatDateTime(instant, 'Asia/Shanghai'), '2022-01-14 04:30');
  });
  it('falls back to UTC for an invalid zone and uses the machine zone by default', () => {
    assert.equal(dayKey(instant, 'Not/AZone'), '2022-01-13');
    assert.equal(timeOfDay(instant, 'Not/AZone'), '20:30');
    assert.match(dayKey(instant), /^\d{4}-\d{2}-\d{2}$/);
  });
});
