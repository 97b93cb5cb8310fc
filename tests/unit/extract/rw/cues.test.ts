import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRwCues, RW_CUES_FILE } from '../../../../src/extract/rw/cues';

describe('the Kinyarwanda cue file', () => {
  it('when read, then all twelve months and seven weekdays are there', () => {
    const cues = readRwCues();
    expect(cues.months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(cues.weekdays.map((day) => day.isoWeekday).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('when a field is wrong, then the error names the file and the field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cues-'));
    const file = path.join(dir, 'rw-cues.yaml');
    fs.writeFileSync(file, fs.readFileSync(RW_CUES_FILE, 'utf8').replace('month: 5,', 'month: 13,'));
    try {
      expect(() => readRwCues(file)).toThrow(/rw-cues\.yaml at months\.4\.month/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when a status pattern is not a valid regular expression, then loading says which', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-cues-'));
    const file = path.join(dir, 'rw-cues.yaml');
    fs.writeFileSync(
      file,
      fs.readFileSync(RW_CUES_FILE, 'utf8').replace("patterns: ['^(bi|i", "patterns: ['^((bi|i"),
    );
    try {
      expect(() => readRwCues(file)).toThrow(/status ongoing: bad pattern/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
