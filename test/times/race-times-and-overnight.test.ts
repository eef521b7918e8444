// Sports and wire copy: an amount of time written in parts is one duration, a race time read as hours:minutes:seconds
// is no clock reading, and "overnight" is the night before the reported day unless it is an adjective.
import { describe, expect, it } from 'vitest';
import { analyseTimes } from './analyse.js';

const times = (text: string, published = '1997-04-17') => analyseTimes(text, { published }).times;
const find = (text: string, expr: string, published?: string) => times(text, published).find((t) => t.text === expr);

describe('amounts of time in parts', () => {
  it('are one duration in falling units', () => {
    expect(find('Kiprono won the marathon in two hours 07 minutes 12 seconds.', 'two hours 07 minutes 12 seconds')).toMatchObject({ type: 'DURATION', value: 'PT2H7M12S' });
    expect(find('He covered the course in eight minutes 59.4 seconds.', 'eight minutes 59.4 seconds')).toMatchObject({ value: 'PT8M59.4S' });
    expect(find('The lease runs for three years and six months.', 'three years and six months')).toMatchObject({ value: 'P3Y6M' });
  });
  it('stay apart when the units do not fall or other words stand between', () => {
    const t = times('The talks lasted six hours, then two days of silence followed.');
    expect(t.filter((x) => x.type === 'DURATION').map((x) => x.value)).toEqual(['PT6H', 'P2D']);
    expect(times('They waited 10 minutes and two hours.').filter((x) => x.type === 'DURATION').map((x) => x.value)).toEqual(['PT10M', 'PT2H']);
  });
});

describe('race times', () => {
  it('read hours:minutes:seconds after "in" as a duration', () => {
    expect(find('The women\'s race was won by Ana Ribeiro in 2:26:51.', '2:26:51')).toMatchObject({ type: 'DURATION', value: 'PT2H26M51S' });
  });
  it('leave a clock reading with its zone or a.m. alone', () => {
    expect(times('Rescuers arrived in 4:17:32 a.m. darkness.').some((x) => x.type === 'DURATION')).toBe(false);
    expect(times('The quake struck at 4:17:32 a.m.').some((x) => x.type === 'DURATION')).toBe(false);
  });
});

describe('overnight', () => {
  it('is the night before the reported day', () => {
    expect(find('Gale-force winds swept across northwest England overnight.', 'overnight', '1996-02-29')).toMatchObject({ type: 'TIME', value: '1996-02-28TNI' });
  });
  it('is the night of a day its sentence named before it', () => {
    const t = times('After his arrest on Friday, he stayed in the police station overnight before appearing in court on the next day.', '2019-03-17');
    expect(t.find((x) => x.text === 'overnight')?.value).toBe('2019-03-15TNI');
    expect(t.find((x) => x.text === 'the next day')?.value).toBe('2019-03-16');
  });
  it('is no time before a noun it describes', () => {
    expect(find('The Bundesbank left overnight rates unchanged.', 'overnight', '1996-02-29')).toBeUndefined();
    expect(find('Guests paid for an overnight stay.', 'overnight', '1996-02-29')).toBeUndefined();
  });
});
