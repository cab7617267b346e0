import type { Source } from '@/catalogue/schema';
import { formatSource } from '@/shared/format/format';

interface SourceNoteProps {
  source: Source;
  /** Word before the citation; "Source" unless the context calls for e.g. "Figures". */
  label?: string;
  className?: string;
}

/**
 * A short, human citation for any catalogue source. Phrasing content (`<small>`), so it fits
 * inside a paragraph, list item, table cell or figure caption.
 */
export function SourceNote({ source, label = 'Source', className }: SourceNoteProps) {
  return (
    <small className={className ? `source ${className}` : 'source'} data-source-kind={source.kind}>
      {label}: {formatSource(source)}
    </small>
  );
}
