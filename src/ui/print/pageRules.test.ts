import { describe, expect, it } from 'vitest';
import { cssString, pageRulesCss } from './pageRules';

describe('cssString', () => {
  it('quotes text so a studio name cannot break out of the CSS string', () => {
    expect(cssString('Studio "Rossi" \\ Bianchi\nSrl')).toBe('"Studio \\"Rossi\\" \\\\ Bianchi Srl"');
  });
});

describe('pageRulesCss', () => {
  it('puts the running header, the footer and "Pagina n di N" in the page margins', () => {
    const css = pageRulesCss({
      header: 'Studio Bianchi',
      headerRight: 'Fascicolo R-2026-0001',
      footer: 'Riservato',
      page: 'Pagina',
      of: 'di',
    });
    expect(css).toContain('size: A4 portrait');
    expect(css).toContain('@top-left { content: "Studio Bianchi"');
    expect(css).toContain('content: "Pagina " counter(page) " di " counter(pages)');
    expect(css).toContain('@page :first');
  });

  it('leaves a poster’s margins empty', () => {
    const css = pageRulesCss({ header: 'x', headerRight: 'y', footer: 'z', page: 'p', of: 'o', plain: true });
    expect(css).toContain('size: A4 portrait');
    expect(css).not.toContain('@top-left');
    expect(css).not.toContain('counter(page)');
  });
});
