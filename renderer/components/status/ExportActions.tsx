import { EXTENSIONS, type ExportFormat } from '../../../shared/export/formats.ts';
import type { RequestInputMap } from '../../../shared/ipc/contract.ts';
import { useCommitmentActions } from '../../commitment-actions.tsx';
import { request, useJournalCommand } from '../../journal-query.ts';

type Content = RequestInputMap['ownlog:export-save']['content'];

const LABELS: Record<ExportFormat, string> = { markdown: 'Markdown', html: 'HTML', pdf: 'PDF', text: 'Text' };

/**
 * Copy as Markdown or text, or save in any format: all rendered from one document by the
 * journal, saved by the app where the user chooses.
 */
export function ExportActions({ content, fileStem, label = 'Export' }: { content: Content; fileStem: string; label?: string }) {
  const save = useJournalCommand('ownlog:export-save');
  const { announce } = useCommitmentActions();

  async function copy(format: 'markdown' | 'text') {
    try {
      const { text } = await request('ownlog:export-render', { content, format });
      await request('ownlog:clipboard-write-text', { text });
      announce(`Copied as ${format === 'markdown' ? 'Markdown' : 'plain text'}.`);
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="export-actions" role="group" aria-label={label}>
      <span className="export-label">{label}:</span>
      <button type="button" onClick={() => void copy('markdown')}>
        Copy Markdown
      </button>
      <button type="button" onClick={() => void copy('text')}>
        Copy text
      </button>
      {(['markdown', 'html', 'pdf', 'text'] as const).map((format) => (
        <button
          key={format}
          type="button"
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              { content, format, fileName: `${fileStem}.${EXTENSIONS[format]}` },
              {
                onSuccess: (result) => announce(result.saved ? `Saved ${result.path ?? ''}` : 'Not saved.'),
                onError: (error) => announce(error.message),
              },
            )
          }
        >
          Save {LABELS[format]}…
        </button>
      ))}
    </div>
  );
}
