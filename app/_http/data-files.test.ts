import { describe, expect, it } from 'vitest';
import { hashedDataPath } from './data-files';

describe('hashedDataPath', () => {
  it('puts 16 hex digits of the content hash before the extension', () => {
    expect(hashedDataPath('/data/map-data.json', 'abc')).toBe('/data/map-data.ba7816bf8f01cfea.json');
  });
  it('changes with the content, not otherwise', () => {
    expect(hashedDataPath('/data/x.json', '{"a":1}')).toBe(hashedDataPath('/data/x.json', '{"a":1}'));
    expect(hashedDataPath('/data/x.json', '{"a":1}')).not.toBe(hashedDataPath('/data/x.json', '{"a":2}'));
  });
  it('refuses a name with no extension', () => {
    expect(() => hashedDataPath('/data.d/file', 'x')).toThrow(/no extension/);
  });
});
