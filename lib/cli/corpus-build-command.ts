import { buildCorpusFile, InputError, readArticles } from '../core/import/index';
import type { CorpusArticle } from '../core/types';
import { type CliIo, parseOptions, UsageError } from './cli-io';
import { parseHtml, readInputFile, writeFileAtomic } from './files';
import { startProgress } from './progress';
import { USAGE } from './usage';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Reads every file before anything is written: one bad file and no corpus is produced. */
async function readAll(files: string[], io: CliIo, source: string | undefined): Promise<CorpusArticle[]> {
  const articles: CorpusArticle[] = [];
  const fileOfId = new Map<string, string>();
  const progress = startProgress(io, 'Reading files', files.length);
  for (const [i, file] of files.entries()) {
    for (const article of readArticles(file, await readInputFile(file), {
      parseHtml,
      decodedStrictly: true,
    })) {
      const other = fileOfId.get(article.id);
      if (other !== undefined) {
        throw new InputError(file, null, `article id "${article.id}" is already used by ${other}`);
      }
      fileOfId.set(article.id, file);
      articles.push(source && !article.source ? { ...article, source } : article);
    }
    progress.update(i + 1);
  }
  progress.finish();
  return articles;
}

/** `crosscheck corpus build FILE... --name NAME --out CORPUS.json [--description D] [--id ID] [--source OUTLET]` */
export async function runCorpusBuild(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    name: { type: 'string' },
    out: { type: 'string' },
    description: { type: 'string' },
    id: { type: 'string' },
    source: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('corpus build needs at least one FILE');
  if (!values.name?.trim()) throw new UsageError('corpus build needs --name NAME');
  if (!values.out) throw new UsageError('corpus build needs --out CORPUS.json');
  const articles = await readAll(positionals, io, values.source?.trim());
  const corpus = buildCorpusFile(articles, {
    name: values.name.trim(),
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values.description === undefined ? {} : { description: values.description }),
  });
  await writeFileAtomic(values.out, `${JSON.stringify(corpus, null, 2)}\n`);
  const counts = `${plural(corpus.articles.length, 'article')} from ${plural(positionals.length, 'file')}`;
  io.stdout.write(`Wrote ${values.out}: ${counts} (corpus id ${corpus.id})\n`);
  return 0;
}
