import { describe, expect, it } from 'vitest';
import { startProgress } from '../../lib/cli/progress';

function setup(isTTY: boolean) {
  let stderr = '';
  let time = 0;
  const io = {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY,
  };
  const progress = startProgress(io, 'Working', 10, () => time);
  return { progress, advance: (ms: number) => (time += ms), stderr: () => stderr };
}

describe('progress on stderr', () => {
  it('stays quiet during the first second, then redraws one line in place and clears it', () => {
    const { progress, advance, stderr } = setup(true);
    progress.update(1);
    advance(500);
    progress.update(2);
    expect(stderr()).toBe('');
    advance(600);
    progress.update(3);
    advance(10);
    progress.update(4);
    expect(stderr()).toBe('\rWorking 3/10');
    progress.finish();
    expect(stderr()).toBe('\rWorking 3/10\r\u001b[K');
  });

  it('never writes when stderr is not a terminal', () => {
    const { progress, advance, stderr } = setup(false);
    advance(5000);
    progress.update(5);
    progress.finish();
    expect(stderr()).toBe('');
  });
});
