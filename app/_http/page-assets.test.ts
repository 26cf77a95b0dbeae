import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embedStyle } from './page-assets';

const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('embedStyle', () => {
  const files = new Map<string, string>();
  const islands = (name: string) => files.get(name) ?? '';
  let serial = 0;
  /** A stylesheet in the islands' folder, under a name no earlier test read (they are kept by name). */
  const stylesheet = (text: string) => {
    serial += 1;
    const name = `embed-T${serial}.css`;
    files.set(name, text);
    return { style: `/islands/${name}` };
  };
  beforeEach(() => vi.stubEnv('NODE_ENV', 'production'));
  afterEach(() => vi.unstubAllEnvs());

  it('gives the stylesheet’s text, as it is, when it is the one the build’s CSP allows', () => {
    const text = '.a>.b{color:red}\n.c{content:"&"}';
    vi.stubEnv('EMBED_STYLE_HASH', hashOf(text));
    expect(embedStyle(stylesheet(text), islands)).toEqual({ text });
  });

  it('links a stylesheet the CSP does not allow (rebuilt since), saying so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubEnv('EMBED_STYLE_HASH', hashOf('.old{}'));
    const asset = stylesheet('.new{}');
    expect(embedStyle(asset, islands)).toEqual({ href: asset.style });
    expect(warn.mock.calls[0][0]).toContain('npm run build');
    warn.mockRestore();
  });

  it('links it in development', () => {
    vi.stubEnv('NODE_ENV', 'development');
    const asset = stylesheet('.a{}');
    expect(embedStyle(asset, islands)).toEqual({ href: asset.style });
  });

  it('refuses a stylesheet that would end the style element, or one outside /islands/', () => {
    const text = '.a{content:"</style>"}';
    vi.stubEnv('EMBED_STYLE_HASH', hashOf(text));
    expect(() => embedStyle(stylesheet(text), islands)).toThrow('</style');
    expect(() => embedStyle({ style: '/data/x.css' }, islands)).toThrow('not in /islands/');
  });
});
