import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toImportFiles } from '../../lib/extension/corpora/import-client';
import { inputText } from './corpus-fixtures';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

describe('toImportFiles', () => {
  it('reads HTML in the page (it needs a DOM) and hands every other file to the worker unread', async () => {
    const html = new File([inputText('article.html')], 'article.html');
    const csv = new File([inputText('articles.csv')], 'articles.csv');
    const [read, unread] = await toImportFiles([html, csv], parseHtml);
    expect(read?.source.kind).toBe('read');
    if (read?.source.kind === 'read' && read.source.input.kind === 'articles') {
      expect(read.source.input.articles).toHaveLength(1);
    } else throw new Error('the HTML file was not read');
    expect(unread).toEqual({ name: 'articles.csv', size: csv.size, source: { kind: 'file', blob: csv } });
  });

  it('passes on what is wrong with an HTML file, naming it', async () => {
    const files = [
      new File([inputText('not-article.html')], 'menu.html'),
      new File([new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c])], 'latin1.htm'),
    ];
    const [menu, latin1] = await toImportFiles(files, parseHtml);
    expect(menu?.source).toEqual({ kind: 'failed', message: 'menu.html: no article found in this page' });
    expect(latin1?.source).toEqual({
      kind: 'failed',
      message: 'latin1.htm: not valid UTF-8 text (save it as UTF-8)',
    });
  });
});
