/** "Add this page to a corpus" in the popup: the reader's corpora to pick from, and the background's answer. */
import { useEffect, useState } from 'preact/hooks';
import type { AddState, AddTarget, AddToCorpusProps, CorpusTarget } from '../../components/add-to-corpus';
import { sendToBackground } from '../../lib/extension/messaging';

async function readerCorpora(): Promise<CorpusTarget[]> {
  const result = await sendToBackground('listCorpora', null);
  if (!result.ok) return [];
  return result.value.filter((corpus) => !corpus.bundled).map(({ id, name }) => ({ id, name }));
}

export function useAddPage(tabId: Promise<number | null>, pageChecked: boolean): AddToCorpusProps {
  const [targets, setTargets] = useState<CorpusTarget[] | null>(null);
  const [state, setState] = useState<AddState>({ kind: 'idle' });

  useEffect(() => {
    if (pageChecked) void readerCorpora().then(setTargets);
  }, [pageChecked]);

  const onAdd = async (target: AddTarget) => {
    const id = await tabId;
    if (id === null) return setState({ kind: 'error', text: 'There is no page to add.' });
    setState({ kind: 'busy' });
    const result = await sendToBackground('addPageToCorpus', {
      tabId: id,
      corpusId: 'corpusId' in target ? target.corpusId : null,
      newName: 'newName' in target ? target.newName : null,
    });
    if (!result.ok) return setState({ kind: 'error', text: result.error });
    const { corpusName, articleCount, created } = result.value;
    const size = `${articleCount} ${articleCount === 1 ? 'article' : 'articles'}`;
    setState({ kind: 'done', text: `${created ? 'Made' : 'Added to'} “${corpusName}” (${size}).` });
    setTargets(await readerCorpora());
  };

  return { targets, state, onAdd: (target) => void onAdd(target) };
}
