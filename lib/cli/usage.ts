/** The --help text. Kept in step with the CLI contract in docs/DESIGN.md. */
export const USAGE = `Usage: crosscheck <command> [options]

Check a news article, claim by claim, against reference corpora. Nothing leaves your machine.

Commands:
  check FILE [--corpus CORPUS.json]... [--no-bundled] [--json] [--all] [--no-cache]
      Check an article (.html, .htm, .txt or .md). By default against the bundled corpus.
      Corpora are kept prepared (split and indexed) for the next check, in CROSSCHECK_CACHE_DIR or
      the user's cache folder (~/.cache/crosscheck).
        --corpus FILE   also check against this corpus file (repeatable)
        --no-bundled    leave out the bundled corpus (then give at least one --corpus)
        --json          print the report as JSON
        --all           also list related statements and claims without evidence
        --no-cache      prepare every corpus afresh, and keep none

  corpus build FILE... --name NAME --out CORPUS.json [--description TEXT] [--id ID] [--source OUTLET]
      Build a corpus file from articles (.txt, .md, .html, .json, .jsonl, .csv).
        --source OUTLET names the outlet of articles that do not name one

  fnc1 --stances STANCES.csv --bodies BODIES.csv --out PREDICTIONS.csv
      Label each (Headline, Body ID) pair agree, disagree, discuss or unrelated (FNC-1).

Exit codes: 0 success, 2 bad input or command line, 1 internal error.
`;
